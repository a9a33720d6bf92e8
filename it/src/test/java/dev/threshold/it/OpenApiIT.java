package dev.threshold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.interfaces.rest.Routes;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server describes its REST API at /openapi: every route of the JAX-RS resource model (read from the web module's
 * classes, as SecurityIT reads them) is in the document with the roles its method declares ({@code x-roles} and an
 * HTTP Basic requirement naming them) or marked {@code x-public}. /openapi itself is public and read-only (its
 * OPTIONS lists only GET, HEAD and OPTIONS).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void everyRouteIsDescribedWithWhoMayCallIt() {
        HttpResponse<String> served =
                ThresholdServer.send(HttpRequest.newBuilder(ThresholdServer.BASE.resolve("openapi?format=JSON"))
                        .GET());
        assertEquals(200, served.statusCode(), served.body());
        JsonObject document = Json.createReader(new StringReader(served.body())).readObject();
        assertTrue(document.getString("openapi").startsWith("3."), document.getString("openapi"));
        assertEquals(
                "basic",
                document.getJsonObject("components")
                        .getJsonObject("securitySchemes")
                        .getJsonObject("basic")
                        .getString("scheme"));
        JsonObject paths = document.getJsonObject("paths");

        List<Routes.Route> routes = Routes.all();
        List<String> wrong = new ArrayList<>();
        for (Routes.Route route : routes) {
            JsonObject item = paths.getJsonObject(route.path());
            JsonObject operation =
                    item == null ? null : item.getJsonObject(route.method().toLowerCase(Locale.ROOT));
            if (operation == null) {
                wrong.add(route + ": not in the document");
            } else if (route.access() == Routes.Access.PERMIT_ALL) {
                if (!operation.getBoolean("x-public", false) || operation.containsKey("security")) {
                    wrong.add(route + ": open, described as " + operation.get("x-roles"));
                }
            } else if (!route.roles().equals(strings(operation.getJsonArray("x-roles")))
                    || !route.roles()
                            .equals(strings(operation
                                    .getJsonArray("security")
                                    .getJsonObject(0)
                                    .getJsonArray("basic")))) {
                wrong.add(route + ": " + route.roles() + ", described as " + operation.get("x-roles") + " / "
                        + operation.get("security"));
            }
        }
        System.out.println("OpenApiIT: " + routes.size() + " routes of the resource model, " + paths.size()
                + " paths in /openapi, wrong or missing: " + wrong.size());
        assertEquals(List.of(), wrong);
    }

    @Test
    void theDocumentIsPublicAndReadOnly() {
        assertEquals(200, ThresholdServer.get("openapi").statusCode(), "anyone reads it, as enterprise IT's tools do");
        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> write =
                    ThresholdServer.send(HttpRequest.newBuilder(ThresholdServer.BASE.resolve("openapi"))
                            .method(method, HttpRequest.BodyPublishers.ofString("{}")));
            assertEquals(405, write.statusCode(), method + " /openapi: " + write.body());
        }
        // The subsystem answers OPTIONS itself (a CORS preflight), naming only the reading methods.
        HttpResponse<String> options =
                ThresholdServer.send(HttpRequest.newBuilder(ThresholdServer.BASE.resolve("openapi"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(
                "GET,HEAD,OPTIONS",
                options.headers().firstValue("Allow").orElse(""),
                options.headers().toString());
        assertEquals("", options.body());
    }

    private static TreeSet<String> strings(jakarta.json.JsonArray array) {
        TreeSet<String> values = new TreeSet<>();
        if (array != null) {
            for (JsonValue v : array) {
                values.add(((JsonString) v).getString());
            }
        }
        return values;
    }
}
