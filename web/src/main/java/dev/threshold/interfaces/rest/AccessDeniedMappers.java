package dev.threshold.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The answer to a refusal by either layer of access control: RESTEasy's role check of the resource method
 * ({@code @RolesAllowed}, web.xml {@code resteasy.role.based.security}) throws {@link ForbiddenException}, the EJB
 * container's check of a service throws {@link EJBAccessException}. Neither knows whether the caller signed in, so
 * this tells them apart: an anonymous caller gets 401 with a Basic challenge (an API client, not the console's login
 * page, which is why {@code /api} is not behind a web.xml constraint), a signed-in caller of the wrong role 403.
 */
public final class AccessDeniedMappers {

    private AccessDeniedMappers() {}

    static Response refusal(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            return Response.fromResponse(Problem.of(
                                    Response.Status.UNAUTHORIZED,
                                    "Sign in: send HTTP Basic credentials of a Threshold account")
                            .toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Threshold\"")
                    .build();
        }
        return Problem.of(
                        Response.Status.FORBIDDEN,
                        "Your role may not do this: admins change settings, accounts, "
                                + "cameras and door mappings; operators search, view and review")
                .toResponse();
    }

    @Provider
    public static class RoleRefusedMapper implements ExceptionMapper<ForbiddenException> {

        @Context
        SecurityContext security;

        @Override
        public Response toResponse(ForbiddenException e) {
            return refusal(security);
        }
    }

    @Provider
    public static class ServiceRefusedMapper implements ExceptionMapper<EJBAccessException> {

        @Context
        SecurityContext security;

        @Override
        public Response toResponse(EJBAccessException e) {
            return refusal(security);
        }
    }
}
