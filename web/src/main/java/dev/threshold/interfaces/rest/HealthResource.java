package dev.threshold.interfaces.rest;

import static dev.threshold.infrastructure.JsonApi.JSON;

import dev.threshold.application.CameraFeeds;
import dev.threshold.application.CameraService;
import dev.threshold.domain.camera.Camera;
import dev.threshold.infrastructure.health.HealthCheck;
import dev.threshold.infrastructure.health.SystemHealth;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jakarta.annotation.security.PermitAll;

/**
 * {@code GET /health}: 200 with status UP when the database and the broker answer, 503 with status DOWN and the
 * failing check otherwise, in the shape of MicroProfile Health so that load balancers and monitors read it as is.
 * Beside the checks, {@code cameras}: each camera's stream health. A camera that is down does not make the node
 * DOWN: a load balancer taking the node away would not bring the camera back, and the other cameras still need it.
 */
@Path("/health")
@PermitAll // load balancers and monitors; it names no secret (UP/DOWN, camera stream health)
public class HealthResource {

    @Inject
    SystemHealth health;

    @Inject
    CameraService cameras;

    @Inject
    CameraFeeds feeds;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        List<HealthCheck> checks = health.check();
        boolean up = checks.stream().allMatch(HealthCheck::up);
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (HealthCheck check : checks) {
            array.add(JSON.createObjectBuilder()
                    .add("name", check.name())
                    .add("status", check.up() ? "UP" : "DOWN")
                    .add("data", JSON.createObjectBuilder().add("detail", check.detail())));
        }
        String body = JSON.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", array)
                .add("cameras", cameras(up)).build().toString();
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
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
