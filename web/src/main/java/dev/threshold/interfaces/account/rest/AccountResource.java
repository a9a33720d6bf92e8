package dev.threshold.interfaces.account.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.account.OwnAccountService;
import dev.threshold.application.account.SessionGrant;
import dev.threshold.interfaces.rest.JsonBody;
import dev.threshold.interfaces.session.AccountGateFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/account}: the caller's own account, for every signed-in person. {@code GET} says who they are and
 * whether they must choose a new password; {@code PUT /api/account/password {"currentPassword","newPassword"}}
 * replaces their password (204), the one route open to an account whose password was generated for it.
 */
@Path("/api/account")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    OwnAccountService ownAccount;

    @GET
    @RolesAllowed({"admin", "operator"})
    public String whoAmI(@Context SecurityContext security) {
        String username = security.getUserPrincipal().getName();
        boolean mustChange = ownAccount
                .sessionGrant(username)
                .map(SessionGrant::mustChangePassword)
                .orElse(false);
        return JSON.createObjectBuilder()
                .add("username", username)
                .add("role", security.isUserInRole("admin") ? "admin" : "operator")
                .add("mustChangePassword", mustChange)
                .build()
                .toString();
    }

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "operator"})
    public Response changePassword(
            String body, @Context SecurityContext security, @Context HttpServletRequest request) {
        JsonBody json = JsonBody.parse(body);
        String fingerprint = ownAccount.changeOwnPassword(
                security.getUserPrincipal().getName(), json.text("currentPassword"), json.text("newPassword"));
        AccountGateFilter.regrant(request, fingerprint);
        return Response.noContent().build();
    }
}
