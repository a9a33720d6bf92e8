package dev.threshold.interfaces.rest;

import static dev.threshold.infrastructure.JsonApi.JSON;

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

/**
 * {@code GET /health}: 200 with status UP when the database and the broker answer, 503 with status DOWN and the
 * failing check otherwise, in the shape of MicroProfile Health so that load balancers and monitors read it as is.
 */
@Path("/health")
public class HealthResource {

    @Inject
    SystemHealth health;

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
        String body = JSON.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", array).build()
                .toString();
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE).entity(body).build();
    }
}
