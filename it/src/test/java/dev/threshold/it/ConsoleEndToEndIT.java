package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end over HTTP, as a person and a monitor meet Threshold: health, the root address, signing in to the console
 * with the generated admin password, seeing a door event Kisi just posted, searching, signing out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleEndToEndIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    /** A browser-like client: keeps the session cookie, follows no redirects so that each one is checked. */
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void healthReportsTheDatabaseAndTheBroker() {
        HttpResponse<String> health = ThresholdServer.get("health");
        assertEquals(200, health.statusCode(), health.body());
        // DEGRADED when a camera of another test is without video (still 200): the node itself is up.
        assertTrue(
                health.body().startsWith("{\"status\":\"UP\"") || health.body().startsWith("{\"status\":\"DEGRADED\""),
                health.body());
        assertTrue(health.body().contains("{\"name\":\"database\",\"status\":\"UP\""), health.body());
        assertTrue(health.body().contains("{\"name\":\"broker\",\"status\":\"UP\""), health.body());
    }

    @Test
    void theRestApiWantsCredentials() {
        HttpResponse<String> anonymous = ThresholdServer.get("api/labels?q=unlocked");
        assertEquals(401, anonymous.statusCode());
        assertEquals(
                "application/problem+json",
                anonymous.headers().firstValue("Content-Type").orElse(""));
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        HttpResponse<String> wrong = ThresholdServer.send(HttpRequest.newBuilder(BASE.resolve("api/labels?q=x"))
                .header("Authorization", ThresholdServer.basicAuth("admin", "not-the-password")));
        assertEquals(401, wrong.statusCode());
    }

    @Test
    void anAdminSignsInSeesTheLatestDoorEventSearchesAndSignsOut() {
        String uuid = KisiEvents.uniqueUuid();
        String actor = "Hedy" + uuid.substring(0, 8);
        assertEquals(
                201,
                ThresholdServer.postEvent(KisiEvents.unlock(uuid, "Loading dock", "81", actor))
                        .statusCode());

        HttpResponse<String> root = get("");
        assertEquals(303, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/ui/home.xhtml"));

        HttpResponse<String> loginPage = get("ui/home.xhtml");
        assertTrue(loginPage.body().contains("j_security_check"), "the console asks to sign in first");
        assertFalse(loginPage.body().contains(actor), "nothing is shown before signing in");

        HttpResponse<String> refused = signIn("admin", "wrong password");
        assertTrue(get(location(refused, "ui/login.xhtml?failed=true")).body().contains("Wrong username or password"));

        HttpResponse<String> accepted = signIn("admin", ThresholdServer.adminPassword());
        assertEquals(302, accepted.statusCode());
        HttpResponse<String> home = get("ui/home.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("admin (admin)"), "the signed-in account is shown");
        assertTrue(home.body().contains(actor), "the event Kisi just posted is listed");
        assertTrue(home.body().contains("Loading dock"));
        assertTrue(home.body().contains("entry unlocked"));

        HttpResponse<String> search =
                get("ui/search.xhtml?q=" + URLEncoder.encode("door unlocked " + actor, StandardCharsets.UTF_8));
        assertTrue(search.body().contains(actor), "search finds the event by a query of its label");

        HttpResponse<String> signedOut = post(
                "ui/home.xhtml",
                "nav=nav&nav%3Alogout=&jakarta.faces.ViewState="
                        + URLEncoder.encode(viewState(home.body()), StandardCharsets.UTF_8));
        assertEquals(302, signedOut.statusCode(), signedOut.body());
        assertTrue(get("ui/home.xhtml").body().contains("j_security_check"), "signed out, the console asks again");
    }

    private HttpResponse<String> signIn(String user, String password) {
        return post(
                "j_security_check",
                "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    private static String location(HttpResponse<String> response, String fallback) {
        return response.headers()
                .firstValue("Location")
                .map(l -> l.replaceFirst("^https?://[^/]+/", ""))
                .orElse(fallback);
    }

    private static String viewState(String page) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertTrue(m.find(), "the page carries a Faces view state");
        return m.group(1);
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(BASE.resolve(path)).GET());
    }

    private HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(BASE.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return ThresholdServer.send(browser, request);
    }
}
