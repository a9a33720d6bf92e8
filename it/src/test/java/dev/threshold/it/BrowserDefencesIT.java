package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.BASE;
import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Browser defences over plain HTTP, as an attacker's page would try them: security headers on every kind of
 * response, a SameSite=Strict session cookie that is not marked Secure over HTTP, and a cross-site write to the REST
 * API with a signed-in admin's session cookie refused (403) while the console's own requests still pass.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserDefencesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        for (String path : List.of(
                "health",
                "ui/login.xhtml",
                "ui/home.xhtml",
                "api/labels?q=x",
                "kisi/events",
                "shared/incidents/" + UUID.randomUUID() + "?expires=1&sig=x",
                "no-such-page",
                "ui/jakarta.faces.resource/threshold/console.css")) {
            HttpResponse<String> response = ThresholdServer.get(path);
            HttpHeaders headers = response.headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(
                    csp.contains("frame-ancestors 'none'")
                            && csp.contains("script-src 'self'")
                            && csp.contains("object-src 'none'")
                            && !csp.contains("unsafe-eval"),
                    path + ": " + csp);
            assertFalse(csp.matches(".*script-src[^;]*'unsafe-inline'.*"), path + " allows inline script: " + csp);
            assertEquals(1, headers.allValues("Content-Security-Policy").size(), path + ": one policy");
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), path);
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), path);
            assertTrue(headers.firstValue("Strict-Transport-Security").isEmpty(), path + ": no HSTS over HTTP");
        }
        // The console's pages: PrimeFaces' scripts run with the response's nonce, nothing else inline.
        HttpResponse<String> login = ThresholdServer.get("ui/login.xhtml");
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*"), csp);
        assertFalse(login.body().contains(" onclick=\""), "no inline event handler: " + login.body());
    }

    @Test
    void theSessionCookieIsSameSiteStrictAndNotSecureOverPlainHttp() {
        HttpResponse<String> login = ThresholdServer.get("ui/home.xhtml");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie: " + login.headers().map()));
        String attributes = cookie.toLowerCase(java.util.Locale.ROOT); // attribute names are case-insensitive
        assertTrue(attributes.contains("samesite=strict"), cookie);
        assertTrue(attributes.contains("httponly"), cookie);
        assertFalse(
                attributes.contains("; secure"), "over plain HTTP a Secure cookie would never come back: " + cookie);
    }

    @Test
    void aCrossSiteWriteWithTheSessionCookieIsRefusedAndTheConsolesOwnPasses() {
        String session = signInAsAdmin();
        String name = "Cross-site cam " + UUID.randomUUID().toString().substring(0, 8);
        String camera = "{\"name\":\"" + name + "\",\"analysisFps\":5,\"enabled\":false}";

        HttpResponse<String> foreign = withSession(session, camera, "Origin", "https://evil.example.com");
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertEquals(
                "application/problem+json",
                foreign.headers().firstValue("Content-Type").orElse(""));
        assertTrue(foreign.body().contains("\"status\":403"), foreign.body());
        HttpResponse<String> foreignReferer = withSession(session, camera, "Referer", "http://evil.example.com/x");
        assertEquals(403, foreignReferer.statusCode(), foreignReferer.body());
        HttpResponse<String> otherPort = withSession(session, camera, "Origin", "http://localhost:8081");
        assertEquals(403, otherPort.statusCode(), otherPort.body());
        HttpResponse<String> nullOrigin = withSession(session, camera, "Origin", "null");
        assertEquals(403, nullOrigin.statusCode(), "a sandboxed page's origin: " + nullOrigin.body());
        HttpResponse<String> neither = withSession(session, camera);
        assertEquals(403, neither.statusCode(), "no Origin, no Referer: " + neither.body());
        assertFalse(asAdmin("GET", "api/cameras", null).body().contains(name), "nothing was created");

        // What the console's own pages send: its origin, or X-Requested-With from its scripts.
        HttpResponse<String> sameOrigin = withSession(session, camera, "Origin", "http://localhost:8080");
        assertEquals(201, sameOrigin.statusCode(), sameOrigin.body());
        String second = camera.replace(name, name + " 2");
        HttpResponse<String> script = withSession(session, second, "X-Requested-With", "threshold-console");
        assertEquals(201, script.statusCode(), script.body());
        // Reading needs no origin; API clients with Basic credentials are not concerned.
        HttpResponse<String> read = send(HttpRequest.newBuilder(BASE.resolve("api/cameras"))
                .header("Cookie", session)
                .header("Origin", "https://evil.example.com")
                .GET());
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(
                201,
                asAdmin("POST", "api/cameras", camera.replace(name, name + " 3"))
                        .statusCode());
    }

    /** Signs in through the console's login form, as a browser does; returns the session's Cookie header. */
    static String signInAsAdmin() {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        send(client, HttpRequest.newBuilder(BASE.resolve("ui/home.xhtml")).GET());
        String form = "j_username=admin&j_password="
                + URLEncoder.encode(ThresholdServer.adminPassword(), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(
                client,
                HttpRequest.newBuilder(BASE.resolve("j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(302, signedIn.statusCode(), "signed in: " + signedIn.body());
        String cookie = ((java.net.CookieManager) client.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("JSESSIONID"))
                        .findFirst()
                        .map(c -> "JSESSIONID=" + c.getValue())
                        .orElseThrow();
        HttpResponse<String> home = send(HttpRequest.newBuilder(BASE.resolve("ui/home.xhtml"))
                .header("Cookie", cookie)
                .GET());
        assertEquals(200, home.statusCode(), "the session works: " + home.body());
        return cookie;
    }

    private static HttpResponse<String> withSession(String cookie, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve("api/cameras"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }
}
