package dev.threshold.interfaces.rest;

import static dev.threshold.infrastructure.JsonApi.JSON;

import dev.threshold.application.KisiAccountService;
import dev.threshold.infrastructure.kisi.EnsuredIntegration;
import dev.threshold.infrastructure.kisi.KisiConnectionCheck;
import dev.threshold.infrastructure.kisi.KisiLock;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.annotation.security.RolesAllowed;
import dev.threshold.application.Roles;

/**
 * Calls to Kisi's API with the stored token (admins only): {@code POST /api/kisi/test-connection},
 * {@code GET /api/kisi/locks}, {@code POST /api/kisi/integration}. A refusal by Kisi comes back as 502 problem+json
 * saying what to fix.
 */
@Path("/api/kisi")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class KisiAccountResource {

    @Inject
    KisiAccountService kisi;

    @POST
    @Path("/test-connection")
    public String testConnection() {
        KisiConnectionCheck check = kisi.testConnection();
        return JSON.createObjectBuilder()
                .add("ok", true)
                .add("placeId", check.placeId())
                .add("lockCount", check.lockCount())
                .add("summary", check.summary())
                .build().toString();
    }

    @GET
    @Path("/locks")
    public String locks() {
        JsonArrayBuilder locks = JSON.createArrayBuilder();
        for (KisiLock lock : kisi.locks()) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("id", lock.id());
            if (lock.name() != null) {
                json.add("name", lock.name());
            }
            locks.add(json);
        }
        return locks.build().toString();
    }

    @POST
    @Path("/integration")
    public String createIntegration(@Context SecurityContext security) {
        EnsuredIntegration integration = kisi.createIntegration(security.getUserPrincipal().getName());
        return JSON.createObjectBuilder()
                .add("integrationId", integration.integrationId())
                .add("outcome", integration.outcome().name().toLowerCase())
                .add("signatureKey", "set")
                .build().toString();
    }
}
