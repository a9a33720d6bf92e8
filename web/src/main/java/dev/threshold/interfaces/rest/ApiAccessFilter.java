package dev.threshold.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * The REST API under {@code /api/} is for signed-in admins and operators; settings and changes of door mappings are
 * for admins only. It is not behind a web.xml constraint
 * because that would answer an API client without credentials with the console's login page; here it gets a 401
 * problem+json with a Basic challenge instead. Credentials are checked by Elytron before this filter runs.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiAccessFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!path.startsWith("api/")) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED,
                            "Sign in: send HTTP Basic credentials of a Threshold account").toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Threshold\"")
                    .build());
        } else if (!security.isUserInRole("admin") && !security.isUserInRole("operator")) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN,
                    "This account has neither the admin nor the operator role").toResponse());
        } else if (adminOnly(path, request.getMethod()) && !security.isUserInRole("admin")) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN,
                    "Only an admin may change settings, cameras and door mappings; operators search, view and review")
                    .toResponse());
        }
    }

    /** Settings and accounts (read or written) and every change of a door mapping or camera are an admin's. */
    static boolean adminOnly(String path, String method) {
        return path.startsWith("api/settings/") || path.equals("api/settings")
                || path.startsWith("api/kisi/")
                || path.startsWith("api/users")
                || path.startsWith("api/audit")
                || ((path.startsWith("api/doors") || path.startsWith("api/cameras"))
                    && !method.equals("GET") && !method.equals("HEAD"));
    }
}
