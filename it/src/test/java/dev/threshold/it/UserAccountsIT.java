package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.basicAuth;
import static dev.threshold.it.ThresholdServer.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An admin manages console accounts over REST: an operator created with a first password signs in, searches and
 * reviews but changes no settings; nobody removes the last admin or themselves; a removed account cannot sign in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UserAccountsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    static HttpResponse<String> as(String user, String password, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(ThresholdServer.BASE.resolve(path))
                .header("Authorization", basicAuth(user, password))
                .header("Content-Type", "application/json");
        return send(
                json == null
                        ? request.method(method, HttpRequest.BodyPublishers.noBody())
                        : request.method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void anOperatorCreatedByTheAdminReviewsButChangesNoSettings() {
        String operator = "op-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "correct horse battery";
        HttpResponse<String> created = asAdmin(
                "POST",
                "api/users",
                "{\"username\":\"" + operator + "\",\"role\":\"operator\",\"password\":\"" + password + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertFalse(created.body().contains(password), "a password is never returned");
        assertTrue(asAdmin("GET", "api/users", null)
                .body()
                .contains("\"username\":\"" + operator + "\",\"role\":\"operator\""));

        assertEquals(200, as(operator, password, "GET", "api/incidents", null).statusCode());
        assertEquals(
                200,
                as(operator, password, "GET", "api/labels?q=unlocked", null).statusCode());
        assertEquals(403, as(operator, password, "GET", "api/users", null).statusCode());
        assertEquals(
                403,
                as(operator, password, "PUT", "api/doors/4711", "{\"cameras\":[]}")
                        .statusCode());
        assertEquals(
                403, as(operator, password, "GET", "api/settings/kisi", null).statusCode());

        assertEquals(204, asAdmin("DELETE", "api/users/" + operator, null).statusCode());
        assertEquals(
                401,
                as(operator, password, "GET", "api/incidents", null).statusCode(),
                "a removed account cannot sign in");
    }

    @Test
    void badAccountsAndLockingOneselfOutAreRefusedInWords() {
        HttpResponse<String> shortPassword =
                asAdmin("POST", "api/users", "{\"username\":\"shorty\",\"role\":\"operator\",\"password\":\"abc\"}");
        assertEquals(400, shortPassword.statusCode());
        assertTrue(shortPassword.body().contains("\"field\":\"password\""), shortPassword.body());
        HttpResponse<String> badRole = asAdmin(
                "POST",
                "api/users",
                "{\"username\":\"boss\",\"role\":\"owner\",\"password\":\"a long enough password\"}");
        assertTrue(badRole.body().contains("\"field\":\"role\""), badRole.body());
        assertEquals(400, asAdmin("DELETE", "api/users/admin", null).statusCode(), "not oneself");
        HttpResponse<String> demoteSelf = asAdmin("PUT", "api/users/admin", "{\"role\":\"operator\"}");
        assertEquals(400, demoteSelf.statusCode(), demoteSelf.body());
        assertTrue(demoteSelf.body().contains("yourself"), demoteSelf.body());
        assertEquals(
                404,
                asAdmin("DELETE", "api/users/nobody-" + UUID.randomUUID(), null).statusCode());
    }
}
