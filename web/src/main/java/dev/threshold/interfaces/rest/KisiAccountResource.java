package dev.threshold.interfaces.rest;

import static dev.threshold.infrastructure.JsonApi.JSON;

import dev.threshold.application.KisiAccountService;
import dev.threshold.infrastructure.kisi.EnsuredIntegration;
import dev.threshold.infrastructure.kisi.KisiConnectionCheck;
import dev.threshold.infrastructure.kisi.KisiClient;
import dev.threshold.infrastructure.kisi.KisiLock;
import dev.threshold.infrastructure.kisi.KisiLockPage;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    /**
     * One page of the place's locks, searched by Kisi: {@code ?q=dock&offset=0&limit=50} (limit 1 to 100, default
     * 100). The body is the page's locks; {@code X-Total-Count} says how many match in all, when Kisi says so.
     */
    @GET
    @Path("/locks")
    public Response locks(@QueryParam("q") String query, @QueryParam("offset") @DefaultValue("0") long offset,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (offset < 0) {
            throw JsonBody.invalid("offset", "offset must be 0 or more");
        }
        if (limit < 1 || limit > KisiClient.MAX_SEARCH_PAGE) {
            throw JsonBody.invalid("limit", "limit must be between 1 and " + KisiClient.MAX_SEARCH_PAGE);
        }
        KisiLockPage page = kisi.lockPage(query, offset, limit);
        JsonArrayBuilder locks = JSON.createArrayBuilder();
        for (KisiLock lock : page.locks()) {
            locks.add(JSON.createObjectBuilder().add("id", lock.id()).add("name", lock.name()));
        }
        Response.ResponseBuilder answer = Response.ok(locks.build().toString());
        if (page.total() != KisiLockPage.UNKNOWN) {
            answer.header("X-Total-Count", page.total());
        }
        return answer.build();
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
