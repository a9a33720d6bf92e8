package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.testing.Await;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A console session ends at its next request once an admin removes its account, changes its role or sets a new
 * password for it (REST here; the console's Users page calls the same service): the console redirects to sign-in,
 * the REST API answers 401. Signed in with the console's form, as a browser does, by an HTTP client keeping cookies.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSessionsIT {

    static final String PASSWORD = "a first password for sessions";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void aRoleChangeEndsTheSession() {
        endsTheSession(user -> assertEquals(
                200, asAdmin("PUT", "api/users/" + user, "{\"role\":\"admin\"}").statusCode()));
    }

    @Test
    void aPasswordSetByAnAdminEndsTheSession() {
        endsTheSession(user -> assertEquals(
                200,
                asAdmin("PUT", "api/users/" + user, "{\"password\":\"a password the admin set\"}")
                        .statusCode()));
    }

    @Test
    void removingTheAccountEndsTheSession() {
        endsTheSession(user ->
                assertEquals(204, asAdmin("DELETE", "api/users/" + user, null).statusCode()));
    }

    @Test
    void anUntouchedAccountsSessionLives() {
        String user = newOperator();
        HttpClient browser = signedIn(user);
        asAdmin("PUT", "api/users/" + newOperator(), "{\"role\":\"admin\"}"); // another account changes
        assertEquals(200, get(browser, "ui/home.xhtml").statusCode());
        assertEquals(200, get(browser, "api/incidents").statusCode());
    }

    @Test
    void aPasswordLongerThan72BytesIsRefusedInWordsThoughShorterThan72Characters() {
        String cyrillic = "пароль".repeat(7); // 42 characters, 84 bytes
        HttpResponse<String> refused = asAdmin(
                "POST",
                "api/users",
                "{\"username\":\"bytes-"
                        + UUID.randomUUID().toString().substring(0, 8) + "\",\"role\":\"operator\",\"password\":\""
                        + cyrillic + "\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(
                refused.body().contains("\"field\":\"password\"")
                        && refused.body().contains("72 bytes"),
                refused.body());
    }

    /**
     * After 5 wrong passwords in a row the account (and the address) must wait, longer after each further failure: REST
     * gets 429 problem+json with Retry-After, the login form says to wait; the right password works after the delay.
     */
    @Test
    void wrongPasswordsAreThrottledAndTheRightOneWorksAfterTheDelay() {
        String user = newOperator();
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        HttpResponse<String> throttled = null;
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> answer = basic(user, "wrong password " + i);
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            if (answer.statusCode() == 429) {
                throttled = answer;
            }
        }
        // Five tries, then a growing delay (a slow machine may let one more through after the first second).
        int tried = statuses.getOrDefault(401, 0);
        assertTrue(tried >= 5 && tried <= 7, "five tries, then a delay: " + statuses);
        assertEquals(30 - tried, statuses.getOrDefault(429, 0), statuses.toString());
        assertEquals(
                "application/problem+json",
                throttled.headers().firstValue("Content-Type").orElse(""));
        assertTrue(throttled.body().contains("Too many failed sign-ins"), throttled.body());
        long retryAfter =
                Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(429, basic(user, PASSWORD).statusCode(), "during the delay even the right password waits");

        HttpClient form = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> signIn = ThresholdServer.send(
                form,
                HttpRequest.newBuilder(ThresholdServer.BASE.resolve("j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password=x")));
        String location = signIn.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("login.xhtml?wait="), "the form is sent back to wait: " + location);
        assertTrue(get(form, location).body().contains("Too many failed sign-ins"), "the login page says to wait");

        Await.until(
                () -> basic(user, PASSWORD).statusCode() == 200,
                Duration.ofSeconds(70),
                "the right password works once the delay has passed");
        assertEquals(200, basic(user, PASSWORD).statusCode(), "and the count starts again");
    }

    /**
     * One address guessing many accounts is throttled too, and cannot pass itself off as another with
     * X-Forwarded-For (not believed unless the operator turns on the listener's proxy-address-forwarding).
     */
    @Test
    void anAddressSprayingAccountsIsThrottledWhateverItsForwardedFor() {
        java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 0; i < 12; i++) {
            String madeUp = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> answer =
                    ThresholdServer.send(HttpRequest.newBuilder(ThresholdServer.BASE.resolve("api/incidents"))
                            .header("Authorization", ThresholdServer.basicAuth(madeUp, "a guess"))
                            .header("X-Forwarded-For", "198.51.100." + i)
                            .GET());
            statuses.merge(answer.statusCode(), 1, Integer::sum);
        }
        int tried = statuses.getOrDefault(401, 0);
        assertTrue(tried >= 5 && tried <= 7, "five tries from this address, then a delay: " + statuses);
        assertEquals(12 - tried, statuses.getOrDefault(429, 0), statuses.toString());
        String user = newOperatorAfterTheDelay();
        assertEquals(200, basic(user, PASSWORD).statusCode(), "a success ends the address's failures in a row");
    }

    /** An account made once this address's delay has passed (the admin's own requests wait it out too). */
    private static String newOperatorAfterTheDelay() {
        Await.until(
                () -> asAdmin("GET", "api/users", null).statusCode() == 200,
                Duration.ofSeconds(70),
                "the admin's right password works once the delay has passed");
        return newOperator();
    }

    private static HttpResponse<String> basic(String user, String password) {
        return ThresholdServer.send(HttpRequest.newBuilder(ThresholdServer.BASE.resolve("api/incidents"))
                .header("Authorization", ThresholdServer.basicAuth(user, password))
                .GET());
    }

    private static void endsTheSession(Consumer<String> change) {
        String user = newOperator();
        HttpClient browser = signedIn(user);
        HttpClient restClient = signedIn(user);
        assertEquals(200, get(browser, "ui/home.xhtml").statusCode(), "signed in");
        assertEquals(200, get(restClient, "api/incidents").statusCode(), "the API with the console's session");

        change.accept(user);

        HttpResponse<String> console = get(browser, "ui/home.xhtml");
        assertEquals(302, console.statusCode(), "the old session is sent to sign in: " + console.body());
        HttpResponse<String> again =
                get(browser, console.headers().firstValue("Location").orElseThrow());
        assertTrue(again.body().contains("j_security_check"), "the console asks to sign in: " + again.body());
        HttpResponse<String> api = get(restClient, "api/incidents");
        assertEquals(401, api.statusCode(), api.body());
        assertEquals(
                "application/problem+json",
                api.headers().firstValue("Content-Type").orElse(""));
        assertEquals(401, get(restClient, "api/incidents").statusCode(), "and stays ended");
    }

    private static String newOperator() {
        return ThresholdServer.newOperator("session-", PASSWORD);
    }

    /** A client that signed in with the console's form: it holds the session cookie. */
    private static HttpClient signedIn(String user) {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        get(client, "ui/home.xhtml"); // the login page, as a browser meets it first
        HttpResponse<String> signIn = ThresholdServer.send(
                client,
                HttpRequest.newBuilder(ThresholdServer.BASE.resolve("j_security_check"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("j_username=" + user + "&j_password="
                                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))));
        assertEquals(302, signIn.statusCode(), signIn.body());
        assertTrue(!signIn.headers().firstValue("Location").orElse("").contains("failed"), "signed in");
        return client;
    }

    private static HttpResponse<String> get(HttpClient client, String path) {
        return ThresholdServer.send(
                client,
                HttpRequest.newBuilder(ThresholdServer.BASE.resolve(path)).GET());
    }
}
