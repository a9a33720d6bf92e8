package dev.threshold.interfaces.incident.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.incident.SharedLinkService;
import dev.threshold.domain.incident.LinkRevocation;
import dev.threshold.domain.user.Roles;
import dev.threshold.interfaces.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

/**
 * {@code /api/incidents/{id}/shared-links}: whether the signed links to an incident (sent in its e-mails) still work
 * ({@code GET}: {@code {"revoked":false}}), and their revocation by an admin ({@code DELETE}): from then on every
 * shared link of the incident answers 410.
 */
@Path("/api/incidents/{id}/shared-links")
@Produces(MediaType.APPLICATION_JSON)
public class SharedLinkResource {

    @Inject
    SharedLinkService sharedLinks;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR})
    public String state(@PathParam("id") String id) {
        return json(sharedLinks.revocation(QueryParameters.uuid("id", id)))
                .build()
                .toString();
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    public String revoke(@PathParam("id") String id, @Context SecurityContext security) {
        Optional<LinkRevocation> revoked = sharedLinks.revoke(
                QueryParameters.uuid("id", id), security.getUserPrincipal().getName());
        if (revoked.isEmpty()) {
            throw new NotFoundException("No such incident");
        }
        return json(revoked).build().toString();
    }

    private static JsonObjectBuilder json(Optional<LinkRevocation> revocation) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("revoked", revocation.isPresent());
        revocation.ifPresent(
                r -> json.add("revokedAt", r.revokedAt().toString()).add("revokedBy", r.revokedBy()));
        return json;
    }
}
