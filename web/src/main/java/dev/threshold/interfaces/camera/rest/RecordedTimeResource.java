package dev.threshold.interfaces.camera.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.camera.CameraService;
import dev.threshold.application.camera.CameraTimeline;
import dev.threshold.application.camera.RecordedTime;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /api/cameras/{id}/recorded}: what the free viewer moves over, for operators and admins: the spans the
 * camera's recording covers, the door event nearest before or after a moment (404 when there is none while video
 * is kept), and the events of up to a day (the strip under the picture). The video of a span itself is {@code /clip},
 * its events with the floor's occupancy {@code /timeline}.
 */
@Path("/api/cameras/{id}/recorded")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class RecordedTimeResource {

    @Inject
    CameraService cameras;

    @Inject
    RecordedTime recorded;

    /** The recording's spans, oldest first: {@code {"spans":[{"from":…,"to":…}]}}. */
    @GET
    public String spans(@PathParam("id") String id) {
        JsonArrayBuilder spans = JSON.createArrayBuilder();
        for (CameraTimeline.Span span : recorded.recordedSpans(existing(id))) {
            spans.add(JSON.createObjectBuilder()
                    .add("from", span.from().toString())
                    .add("to", span.to().toString()));
        }
        return JSON.createObjectBuilder().add("spans", spans).build().toString();
    }

    /** The camera's door events of a span of up to a day: {@code {"events":[{"at":…,"label":…,"caption":…}]}}. */
    @GET
    @Path("/events")
    public String events(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        Camera camera = existing(id);
        JsonArrayBuilder events = JSON.createArrayBuilder();
        recorded.eventsBetween(camera, CameraResource.instant("from", from), CameraResource.instant("to", to))
                .forEach(marker -> events.add(CameraTimelineJson.event(marker)));
        return JSON.createObjectBuilder().add("events", events).build().toString();
    }

    /** The camera's first door event after {@code after}. */
    @GET
    @Path("/events/next")
    public String next(@PathParam("id") String id, @QueryParam("after") String after) {
        Camera camera = existing(id);
        Instant at = CameraResource.instant("after", after);
        return found(recorded.nextEvent(camera, at), "after " + at, camera);
    }

    /** The camera's last door event before {@code before}. */
    @GET
    @Path("/events/previous")
    public String previous(@PathParam("id") String id, @QueryParam("before") String before) {
        Camera camera = existing(id);
        Instant at = CameraResource.instant("before", before);
        return found(recorded.previousEvent(camera, at), "before " + at, camera);
    }

    private static String found(Optional<CameraTimeline.Marker> event, String when, Camera camera) {
        return CameraTimelineJson.event(event.orElseThrow(() -> new NotFoundException(
                        "No door event on camera '" + camera.name() + "' " + when + " while its video is kept")))
                .build()
                .toString();
    }

    private Camera existing(String id) {
        return CameraResource.existing(cameras, id);
    }
}
