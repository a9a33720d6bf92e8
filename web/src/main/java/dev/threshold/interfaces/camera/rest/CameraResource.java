package dev.threshold.interfaces.camera.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.application.camera.CameraService;
import dev.threshold.application.camera.CameraSettings;
import dev.threshold.application.camera.CameraStreamSetup;
import dev.threshold.application.camera.CameraTimeline;
import dev.threshold.application.camera.CameraTimelineService;
import dev.threshold.application.camera.FeedHealthQuery;
import dev.threshold.application.camera.NotRecordedException;
import dev.threshold.application.camera.VideoClip;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.scene.SceneJson;
import dev.threshold.domain.user.Roles;
import dev.threshold.interfaces.rest.CameraHealthJson;
import dev.threshold.interfaces.rest.ClipResponses;
import dev.threshold.interfaces.rest.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * {@code /api/cameras}: cameras, their scenes ({@code threshold-scene/1}, stored and exported exactly as written) and
 * their health (footage analysed offline: {@link FootageResource}). Reading is for admins and operators; changes are for admins. Credentials are written, never read
 * back: {@code "credentials": "set"}.
 */
@Path("/api/cameras")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
public class CameraResource {

    @Inject
    CameraService cameras;

    @Inject
    FeedHealthQuery feeds;

    @Inject
    CameraTimelineService timelines;

    @Inject
    AuditTrail audit;

    @GET
    public String list() {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        cameras.cameras().forEach(c -> all.add(toJson(c)));
        return all.build().toString();
    }

    @GET
    @Path("/{id}")
    public String read(@PathParam("id") String id) {
        return toJson(existing(id)).build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response register(String body) {
        Camera camera = cameras.registerCamera(settings(JsonBody.parse(body)));
        return Response.created(URI.create("/api/cameras/" + camera.id()))
                .entity(toJson(camera).build().toString())
                .build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public String update(@PathParam("id") String id, String body) {
        return toJson(cameras.updateCamera(uuid(id), settings(JsonBody.parse(body))))
                .build()
                .toString();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response remove(@PathParam("id") String id) {
        existing(id);
        cameras.removeCamera(uuid(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/scene")
    public String scene(@PathParam("id") String id) {
        Camera camera = existing(id);
        if (camera.sceneJson() == null) {
            throw new NotFoundException("Camera '" + camera.name() + "' has no scene yet");
        }
        return camera.sceneJson();
    }

    @PUT
    @Path("/{id}/scene")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public String placeScene(@PathParam("id") String id, String sceneJson) {
        existing(id);
        return cameras.placeScene(uuid(id), sceneJson).sceneJson();
    }

    /**
     * Checks a scene as placing it would, without storing it: the console's import and grid editor. 200 with the
     * scene as this server writes it, or 400 problem+json naming the field ({@code scene.door.line}, …) in words.
     */
    @POST
    @Path("/{id}/scene/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public String checkScene(@PathParam("id") String id, String sceneJson) {
        existing(id);
        return SceneJson.toJson(cameras.checkedScene(sceneJson));
    }

    /** The camera's picture now: its recording a few seconds ago, else its newest analysed frame (404 when none). */
    @GET
    @Path("/{id}/picture")
    @Produces("image/jpeg")
    public Response picture(@PathParam("id") String id) {
        Camera camera = existing(id);
        byte[] jpeg = cameras.latestPicture(camera.id())
                .orElseThrow(() -> new NotFoundException(
                        "Camera '" + camera.name() + "' has no picture yet: it is neither recorded nor analysed"));
        return Response.ok(jpeg, "image/jpeg")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The picture nearest to {@code at} in the camera's recording. */
    @GET
    @Path("/{id}/snapshot")
    @Produces("image/jpeg")
    public Response snapshot(@PathParam("id") String id, @QueryParam("at") String at) throws NotRecordedException {
        existing(id);
        byte[] jpeg = cameras.snapshotAt(uuid(id), instant("at", at));
        audit.recordAlone(
                "video.snapshot-downloaded",
                "camera/" + id,
                JSON.createObjectBuilder().add("at", at).build());
        return Response.ok(jpeg, "image/jpeg")
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }

    /**
     * What the camera recorded between {@code from} and {@code to} as an H.264 MP4; the headers say the span it
     * actually covers (a copied clip starts at the key frame before {@code from}).
     */
    @GET
    @Path("/{id}/clip")
    @Produces("video/mp4")
    public Response clip(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to)
            throws NotRecordedException {
        existing(id);
        VideoClip clip = cameras.clipBetween(uuid(id), instant("from", from), instant("to", to));
        audit.recordAlone(
                "video.clip-downloaded",
                "camera/" + id,
                JSON.createObjectBuilder().add("from", from).add("to", to).build());
        return ClipResponses.of(clip);
    }

    /**
     * What the viewer lays over the recording of [from, to]: the scene, the occupied tiles over time with the
     * tailgaters' ({@code tailgater}: the red ones) and the labels on the camera's video.
     */
    @GET
    @Path("/{id}/timeline")
    public String timeline(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return CameraTimelineJson.of(timelineOf(id, from, to));
    }

    /**
     * The labels of [from, to] as WebVTT captions for a clip that starts at {@code origin} (the clip's
     * {@code X-Clip-Start}; {@code from} when not given).
     */
    @GET
    @Path("/{id}/captions")
    @Produces("text/vtt")
    public Response captions(
            @PathParam("id") String id,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("origin") String origin) {
        Instant start = origin == null || origin.isBlank() ? instant("from", from) : instant("origin", origin);
        return Response.ok(WebVtt.captions(timelineOf(id, from, to), start), "text/vtt; charset=utf-8")
                .build();
    }

    private CameraTimeline timelineOf(String id, String from, String to) {
        return timelines
                .timelineBetween(uuid(id), instant("from", from), instant("to", to))
                .orElseThrow(() -> new NotFoundException("No camera " + id));
    }

    @GET
    @Path("/{id}/health")
    public String health(@PathParam("id") String id) {
        Camera camera = existing(id);
        return CameraHealthJson.of(feeds.health(camera.id())).build().toString();
    }

    private JsonObjectBuilder toJson(Camera camera) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", camera.id().toString())
                .add("name", camera.name())
                .add("analysisFps", camera.analysisFps())
                .add("enabled", camera.enabled())
                .add("credentials", camera.hasCredentials() ? "set" : "not set")
                .add("scene", camera.sceneJson() != null)
                .add("health", CameraHealthJson.of(feeds.health(camera.id())));
        if (camera.streamUrl() == null) {
            json.addNull("streamUrl");
        } else {
            json.add("streamUrl", CameraStreamSetup.displayed(camera.streamUrl()));
        }
        return json;
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(
                    field, "'" + field + "' is required: an ISO instant such as 2026-11-29T08:00:00Z");
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(
                    field, "'" + value + "' is not an ISO instant such as 2026-11-29T08:00:00Z");
        }
    }

    private static CameraSettings settings(JsonBody json) {
        double analysisFps = json.has("analysisFps") ? json.number("analysisFps") : Camera.DEFAULT_ANALYSIS_FPS;
        return new CameraSettings(
                json.text("name"),
                json.text("streamUrl"),
                json.text("username"),
                json.text("password"),
                json.flag("clearCredentials"),
                analysisFps,
                json.flag("enabled"));
    }

    private Camera existing(String id) {
        return existing(cameras, id);
    }

    /** The camera of a path's id: 400 when it is no id, 404 when no camera has it. */
    static Camera existing(CameraService cameras, String id) {
        return cameras.camera(uuid(id)).orElseThrow(() -> new NotFoundException("No camera " + id));
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("id", "'" + id + "' is not a camera id");
        }
    }
}
