package bench;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;

/**
 * The baseline of bench/webhook-load: a JAX-RS endpoint on the same server that reads the body and answers a small
 * JSON document, and does nothing else (no parsing, signature, database or messaging).
 */
@ApplicationPath("/")
public class NoopEndpoint extends Application {

    @Path("/noop")
    public static class Noop {
        @POST
        @Consumes(MediaType.WILDCARD)
        @Produces(MediaType.APPLICATION_JSON)
        public String accept(InputStream body) throws IOException {
            return "{\"read\":" + body.readAllBytes().length + "}";
        }
    }
}
