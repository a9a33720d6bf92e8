package dev.threshold.interfaces.account.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.account.AccountView;
import dev.threshold.application.account.UserAccountService;
import dev.threshold.domain.user.Roles;
import dev.threshold.interfaces.rest.JsonBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code /api/users}, for admins: console accounts. {@code POST {"username","role","password"}} creates one;
 * {@code PUT /api/users/{name} {"role"?, "password"?}} changes it; DELETE removes it. Passwords are never returned.
 */
@Path("/api/users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UserResource {

    @Inject
    UserAccountService users;

    @GET
    public String list() {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        users.accounts().forEach(a -> all.add(toJson(a)));
        return all.build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context SecurityContext security) {
        JsonBody json = JsonBody.parse(body);
        AccountView created = users.createAccount(
                json.text("username"),
                json.text("role"),
                json.text("password"),
                security.getUserPrincipal().getName());
        return Response.status(Response.Status.CREATED)
                .entity(toJson(created).toString())
                .build();
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String change(@PathParam("username") String username, String body, @Context SecurityContext security) {
        JsonBody json = JsonBody.parse(body);
        return users.changeAccount(
                        username,
                        json.text("role"),
                        json.text("password"),
                        security.getUserPrincipal().getName())
                .map(a -> toJson(a).toString())
                .orElseThrow(() -> new NotFoundException("No account named " + username));
    }

    @DELETE
    @Path("/{username}")
    public Response remove(@PathParam("username") String username, @Context SecurityContext security) {
        if (!users.removeAccount(username, security.getUserPrincipal().getName())) {
            throw new NotFoundException("No account named " + username);
        }
        return Response.noContent().build();
    }

    private static JsonObject toJson(AccountView account) {
        return JSON.createObjectBuilder()
                .add("username", account.username())
                .add("role", account.role())
                .add("createdAt", account.createdAt().toString())
                .build();
    }
}
