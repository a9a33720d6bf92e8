package dev.threshold.interfaces.kisi.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.kisi.KisiAccountService;
import dev.threshold.application.kisi.KisiConnectionView;
import dev.threshold.application.kisi.KisiIntegrationView;
import dev.threshold.application.kisi.KisiLockPageView;
import dev.threshold.application.kisi.KisiLockView;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.domain.user.Roles;
import dev.threshold.interfaces.rest.JsonBody;
import jakarta.annotation.security.RolesAllowed;
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

/**
 * Calls to Kisi's API with the first place's stored token, or for the lock list any place's (admins only): {@code POST /api/kisi/test-connection},
 * {@code GET /api/kisi/locks}, {@code POST /api/kisi/integration}. A refusal by Kisi comes back as 502 problem+json
 * saying what to fix.
 */
@Path("/api/kisi")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class KisiAccountResource {

    @Inject
    KisiAccountService kisi;

    /** Tests the first place's connection; a further place's: {@code POST /api/settings/kisi/places/{id}/test}. */
    @POST
    @Path("/test-connection")
    public String testConnection() {
        return checkJson(kisi.testConnection(PlaceSelection.FIRST));
    }

    static String checkJson(KisiConnectionView check) {
        return JSON.createObjectBuilder()
                .add("ok", true)
                .add("placeId", check.placeId())
                .add("lockCount", check.lockCount())
                .add("summary", check.summary())
                .build()
                .toString();
    }

    /**
     * One page of a place's locks, searched by Kisi with that place's API token: {@code ?q=dock&offset=0&limit=50}
     * (limit 1 to 100, default 100) and {@code place} ("first", the default, or a further place's id). The body is
     * the page's locks; {@code X-Total-Count} says how many match in all, when Kisi says so.
     */
    @GET
    @Path("/locks")
    public Response locks(
            @QueryParam("q") String query,
            @QueryParam("offset") @DefaultValue("0") long offset,
            @QueryParam("limit") @DefaultValue("100") int limit,
            @QueryParam("place") @DefaultValue(PlaceSelection.FIRST_ID) String place) {
        if (offset < 0) {
            throw JsonBody.invalid("offset", "offset must be 0 or more");
        }
        if (limit < 1 || limit > KisiAccountService.MAX_LOCK_PAGE) {
            throw JsonBody.invalid("limit", "limit must be between 1 and " + KisiAccountService.MAX_LOCK_PAGE);
        }
        KisiLockPageView page = kisi.lockPage(PlaceSelection.parse(place), query, offset, limit);
        JsonArrayBuilder locks = JSON.createArrayBuilder();
        for (KisiLockView lock : page.locks()) {
            locks.add(JSON.createObjectBuilder().add("id", lock.id()).add("name", lock.name()));
        }
        Response.ResponseBuilder answer = Response.ok(locks.build().toString());
        if (page.total() != KisiLockPageView.UNKNOWN) {
            answer.header("X-Total-Count", page.total());
        }
        return answer.build();
    }

    /** For the first place's organization; a further place's: {@code POST /api/settings/kisi/places/{id}/integration}. */
    @POST
    @Path("/integration")
    public String createIntegration(@Context SecurityContext security) {
        return integrationJson(kisi.createIntegration(
                PlaceSelection.FIRST, security.getUserPrincipal().getName()));
    }

    static String integrationJson(KisiIntegrationView integration) {
        return JSON.createObjectBuilder()
                .add("integrationId", integration.integrationId())
                .add("outcome", integration.outcome())
                .add("signatureKey", "set")
                .build()
                .toString();
    }
}
