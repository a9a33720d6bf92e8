package dev.threshold.interfaces.camera.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.camera.SetupTrial;
import dev.threshold.application.camera.SetupTrials;
import dev.threshold.application.incident.IncidentSettings;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.user.Roles;
import dev.threshold.domain.window.LowConfidence;
import dev.threshold.interfaces.rest.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /api/cameras/{id}/trials}: "Test this set-up", a what-if replay with a scene that is not saved (see
 * {@link SetupTrials}). Started by admins — with JSON {@code {"scene": …, "minutes": 5}} for the camera's recording, or
 * multipart parts {@code scene} and {@code clip} for an uploaded clip — and answered 202 with the test to poll.
 */
@Path("/api/cameras/{id}/trials")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class SetupTrialResource {

    @Inject
    SetupTrials trials;

    @Inject
    IncidentSettings incidentSettings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response testWithRecording(@PathParam("id") String id, String body) {
        JsonBody json = JsonBody.parse(body);
        double minutes = json.has("minutes") ? json.number("minutes") : 5;
        if (!Double.isFinite(minutes)) {
            throw new InvalidValueException("minutes", "minutes must be a number");
        }
        return started(trials.testWithRecording(
                CameraResource.uuid(id), json.document("scene"), Duration.ofMillis(Math.round(minutes * 60_000))));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.ADMIN)
    public Response testWithClip(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
        String scene = part(parts, "scene").map(SetupTrialResource::text).orElse(null);
        EntityPart clip = part(parts, "clip")
                .orElseThrow(() -> new InvalidValueException("clip", "choose a video file to test the set-up with"));
        return started(trials.testWithClip(CameraResource.uuid(id), scene, clip.getContent()));
    }

    @GET
    @Path("/{trial}")
    public String trial(@PathParam("id") String id, @PathParam("trial") String trial) {
        return toJson(existing(id, trial), incidentSettings.lowConfidence())
                .build()
                .toString();
    }

    /** The video's first analysed frame, JPEG: a picture to draw the grid on. */
    @GET
    @Path("/{trial}/frame")
    @Produces("image/jpeg")
    public Response firstFrame(@PathParam("id") String id, @PathParam("trial") String trial) {
        existing(id, trial);
        return jpeg(trials.firstFrame(trial)
                .orElseThrow(() -> new NotFoundException("Set-up test " + trial + " has analysed no frame yet")));
    }

    /** The frame that showed a crossing (the person on their new side), JPEG. */
    @GET
    @Path("/{trial}/crossings/{n}/picture")
    @Produces("image/jpeg")
    public Response picture(@PathParam("id") String id, @PathParam("trial") String trial, @PathParam("n") int n) {
        existing(id, trial);
        return jpeg(trials.crossingPicture(trial, n)
                .orElseThrow(
                        () -> new NotFoundException("Set-up test " + trial + " kept no picture of crossing " + n)));
    }

    private static Response jpeg(byte[] jpeg) {
        return Response.ok(jpeg, "image/jpeg")
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }

    private SetupTrial existing(String id, String trial) {
        UUID camera = CameraResource.uuid(id);
        return trials.trial(trial)
                .filter(t -> t.cameraId().equals(camera))
                .orElseThrow(() -> new NotFoundException("No set-up test " + trial
                        + " of this camera (tests are kept for an hour, on the node that ran them)"));
    }

    private Response started(SetupTrial trial) {
        return Response.accepted(
                        toJson(trial, incidentSettings.lowConfidence()).build().toString())
                .type(MediaType.APPLICATION_JSON)
                .location(URI.create("/api/cameras/" + trial.cameraId() + "/trials/" + trial.id()))
                .build();
    }

    /** A crossing's {@code doubtful}: its confidence is below {@code threshold.counting.low-confidence}. */
    static JsonObjectBuilder toJson(SetupTrial t, LowConfidence low) {
        JsonArrayBuilder crossings = JSON.createArrayBuilder();
        for (int i = 0; i < t.crossings().size(); i++) {
            SetupTrial.TrialCrossing c = t.crossings().get(i);
            JsonObjectBuilder crossing = JSON.createObjectBuilder()
                    .add("offsetSeconds", Math.round(c.offsetSeconds() * 10) / 10.0)
                    .add("direction", c.direction())
                    .add("confidence", Math.round(c.confidence() * 100) / 100.0)
                    .add("doubtful", low.isLow(c.confidence()));
            if (c.at() != null) {
                crossing.add("at", c.at().toString());
            }
            if (c.picture()) {
                crossing.add(
                        "picture",
                        "/api/cameras/" + t.cameraId() + "/trials/" + t.id() + "/crossings/" + i + "/picture");
            }
            crossings.add(crossing);
        }
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", t.id())
                .add("cameraId", t.cameraId().toString())
                .add("source", t.source())
                .add("detector", t.detector())
                .add("state", t.state().name().toLowerCase(java.util.Locale.ROOT))
                .add("progress", Math.round(t.progress() * 100) / 100.0)
                .add("framesAnalysed", t.framesAnalysed())
                .add("crossings", crossings);
        if (t.firstFrame()) {
            json.add("frame", "/api/cameras/" + t.cameraId() + "/trials/" + t.id() + "/frame");
        }
        if (t.startsAt() != null) {
            json.add("startsAt", t.startsAt().toString());
        }
        if (t.error() != null) {
            json.add("error", t.error());
        }
        return json;
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts == null
                ? Optional.empty()
                : parts.stream().filter(p -> name.equals(p.getName())).findFirst();
    }

    private static String text(EntityPart part) {
        try (InputStream in = part.getContent()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
