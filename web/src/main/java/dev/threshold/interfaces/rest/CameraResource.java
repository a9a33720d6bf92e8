package dev.threshold.interfaces.rest;

import static dev.threshold.infrastructure.JsonApi.JSON;

import dev.threshold.application.CameraFeeds;
import dev.threshold.application.CameraService;
import dev.threshold.application.CameraSettings;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.infrastructure.video.CameraHealth;
import dev.threshold.infrastructure.video.StreamSource;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/**
 * {@code /api/cameras}: cameras, their scenes ({@code threshold-scene/1}, stored and exported exactly as written) and
 * their health. Reading is for admins and operators; changes are for admins. Credentials are written, never read
 * back: {@code "credentials": "set"}.
 */
@Path("/api/cameras")
@Produces(MediaType.APPLICATION_JSON)
public class CameraResource {

    @Inject
    CameraService cameras;

    @Inject
    CameraFeeds feeds;

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
    public Response register(String body) {
        Camera camera = cameras.registerCamera(settings(JsonBody.parse(body)));
        return Response.created(URI.create("/api/cameras/" + camera.id()))
                .entity(toJson(camera).build().toString()).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String update(@PathParam("id") String id, String body) {
        return toJson(cameras.updateCamera(uuid(id), settings(JsonBody.parse(body)))).build().toString();
    }

    @DELETE
    @Path("/{id}")
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
    public String placeScene(@PathParam("id") String id, String sceneJson) {
        existing(id);
        return cameras.placeScene(uuid(id), sceneJson).sceneJson();
    }

    @GET
    @Path("/{id}/health")
    public String health(@PathParam("id") String id) {
        Camera camera = existing(id);
        return healthJson(camera).build().toString();
    }

    private JsonObjectBuilder healthJson(Camera camera) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("reading", false);
        feeds.health(camera.id()).ifPresent(h -> {
            CameraHealth r = h.reader();
            json.add("reading", !r.finished())
                    .add("connected", r.connected())
                    .add("inputFps", round(r.inputFps()))
                    .add("analysedFps", round(r.analysedFps()))
                    .add("droppedFrames", r.droppedFrames() + h.framesRefusedByQueue())
                    .add("framesQueued", h.framesQueued())
                    .add("reconnects", r.reconnects())
                    .add("gaps", r.gaps().size())
                    .add("finished", r.finished());
            if (r.lastFrameAt() != null) {
                json.add("lastFrameAt", r.lastFrameAt().toString());
            }
            if (r.lastError() != null) {
                json.add("lastError", r.lastError());
            }
        });
        return json;
    }

    private JsonObjectBuilder toJson(Camera camera) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", camera.id().toString())
                .add("name", camera.name())
                .add("analysisFps", camera.analysisFps())
                .add("enabled", camera.enabled())
                .add("credentials", camera.hasCredentials() ? "set" : "not set")
                .add("scene", camera.sceneJson() != null)
                .add("health", healthJson(camera));
        if (camera.streamUrl() == null) {
            json.addNull("streamUrl");
        } else {
            json.add("streamUrl", displayed(camera.streamUrl()));
        }
        return json;
    }

    /** A URL typed with user:password in it is shown without them. */
    private static String displayed(String streamUrl) {
        try {
            return StreamSource.of(streamUrl).displayLocation();
        } catch (IllegalArgumentException e) {
            return streamUrl.replaceAll("//[^/@]*@", "//");
        }
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static CameraSettings settings(JsonBody json) {
        double analysisFps = json.has("analysisFps") ? json.number("analysisFps") : Camera.DEFAULT_ANALYSIS_FPS;
        return new CameraSettings(json.text("name"), json.text("streamUrl"), json.text("username"),
                json.text("password"), json.flag("clearCredentials"), analysisFps, json.flag("enabled"));
    }

    private Camera existing(String id) {
        return cameras.camera(uuid(id)).orElseThrow(() -> new NotFoundException("No camera " + id));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("id", "'" + id + "' is not a camera id");
        }
    }
}
