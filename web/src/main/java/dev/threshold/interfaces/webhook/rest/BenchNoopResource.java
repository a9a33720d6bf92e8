package dev.threshold.interfaces.webhook.rest;

import dev.threshold.interfaces.rest.Problem;
import dev.threshold.interfaces.rest.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * bench/webhook-load's baseline: an endpoint shaped like the Kisi webhook, inside the Threshold WAR (the same
 * filters, security domain and CDI), that reads the body and answers, and does nothing else. What the webhook costs
 * beyond it is what storing an event costs. Off (404) unless {@code threshold.bench.noop-webhook=true}, which only
 * the bench sets (docs/operations.md).
 */
@Path("/kisi/bench-noop")
@ApplicationScoped
@PermitAll // like the webhook it stands beside; answers 404 unless the bench switched it on
public class BenchNoopResource {

    @Inject
    @ConfigProperty(name = "threshold.bench.noop-webhook", defaultValue = "false")
    boolean enabled;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public String receive(InputStream body) throws IOException {
        if (!enabled) {
            throw new ProblemException(Problem.of(Response.Status.NOT_FOUND, "No such resource"));
        }
        return "{\"read\":" + body.readNBytes(64 * 1024).length + "}";
    }
}
