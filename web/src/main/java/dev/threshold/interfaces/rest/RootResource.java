package dev.threshold.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The bare server address leads a person to the console. */
@Path("/")
@PermitAll // a redirect to the console, which asks for a sign-in itself
public class RootResource {

    @GET
    public Response toConsole() {
        return Response.seeOther(URI.create("ui/home.xhtml")).build();
    }
}
