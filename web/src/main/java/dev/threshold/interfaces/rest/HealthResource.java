package dev.threshold.interfaces.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.camera.CameraService;
import dev.threshold.application.camera.CameraWatch;
import dev.threshold.application.camera.FeedHealthQuery;
import dev.threshold.application.camera.StalledCamera;
import dev.threshold.application.health.DependencyCheck;
import dev.threshold.application.health.NodeHealth;
import dev.threshold.domain.camera.Camera;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code GET /health}, in the shape of MicroProfile Health so that load balancers and monitors read it as is: 200 with
 * status UP when the database and the broker answer and every enabled camera delivers video; 503 with status DOWN and
 * the failing check when the database or the broker does not. A camera without video for 30 s (its name and last error
 * in the check {@code cameras}) makes the status DEGRADED, said in words in {@code description}, and the answer stays
 * 200: a load balancer taking the node away would not bring the camera back, and the other cameras and the webhook
 * still need the node (docs/operations.md, "Health"). Beside the checks, {@code cameras}: each camera's stream health.
 */
@Path("/health")
@PermitAll // load balancers and monitors; it names no secret (UP/DOWN, camera stream health)
public class HealthResource {

    @Inject
    NodeHealth health;

    @Inject
    CameraService cameras;

    @Inject
    FeedHealthQuery feeds;

    @Inject
    CameraWatch watch;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        List<DependencyCheck> checks = health.checks();
        boolean up = checks.stream().allMatch(DependencyCheck::up);
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (DependencyCheck check : checks) {
            array.add(JSON.createObjectBuilder()
                    .add("name", check.name())
                    .add("status", check.up() ? "UP" : "DOWN")
                    .add("data", JSON.createObjectBuilder().add("detail", check.detail())));
        }
        List<StalledCamera> stalled = up ? stalledCameras() : List.of();
        Instant now = clock.instant();
        if (up) {
            array.add(camerasCheck(stalled, now));
        }
        String status = !up ? "DOWN" : stalled.isEmpty() ? "UP" : "DEGRADED";
        String description = !up
                ? "down: "
                        + checks.stream()
                                .filter(c -> !c.up())
                                .map(c -> c.name() + " (" + c.detail() + ")")
                                .collect(Collectors.joining(", "))
                : stalled.isEmpty()
                        ? "up"
                        : "degraded: "
                                + stalled.stream().map(c -> c.describe(now)).collect(Collectors.joining("; "))
                                + " (the node itself is up)";
        String body = JSON.createObjectBuilder()
                .add("status", status)
                .add("description", description)
                .add("checks", array)
                .add("cameras", cameras(up))
                .build()
                .toString();
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body)
                .build();
    }

    /** None when the cameras cannot be read: the database check says why. */
    private List<StalledCamera> stalledCameras() {
        try {
            return watch.stalled();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private static JsonObjectBuilder camerasCheck(List<StalledCamera> stalled, Instant now) {
        JsonArrayBuilder failing = JSON.createArrayBuilder();
        for (StalledCamera camera : stalled) {
            JsonObjectBuilder json = JSON.createObjectBuilder()
                    .add("id", camera.id().toString())
                    .add("name", camera.name())
                    .add("noVideoSince", camera.since().toString());
            if (camera.lastError() != null) {
                json.add("lastError", camera.lastError());
            }
            failing.add(json);
        }
        String detail = stalled.isEmpty()
                ? "every enabled camera delivers video"
                : stalled.stream().map(c -> c.describe(now)).collect(Collectors.joining("; "));
        return JSON.createObjectBuilder()
                .add("name", "cameras")
                .add("status", stalled.isEmpty() ? "UP" : "DOWN")
                .add("data", JSON.createObjectBuilder().add("detail", detail).add("failing", failing));
    }

    /** Every camera's stream; none when the database is down (the list of cameras lives there). */
    private JsonArrayBuilder cameras(boolean databaseUp) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        if (!databaseUp) {
            return array;
        }
        try {
            for (Camera camera : cameras.cameras()) {
                array.add(CameraHealthJson.of(feeds.health(camera.id()))
                        .add("id", camera.id().toString())
                        .add("name", camera.name())
                        .add("enabled", camera.enabled()));
            }
        } catch (RuntimeException e) {
            return JSON.createArrayBuilder(); // the checks above say what is wrong
        }
        return array;
    }
}
