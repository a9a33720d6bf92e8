package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console accounts' realm remembers a right password (dev.threshold.realm, cache on as configured), so HTTP Basic
 * clients do not pay bcrypt on every request; yet a new password, a new role and a removed account count at the very
 * next request. Also prints what remembering saves: the mean time of a Basic request whose password bcrypt must check
 * (each account's first request) against one already remembered. Printed, not asserted: this machine's load decides.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RememberedPasswordsIT {

    static final String FIRST = "the first password here";
    static final String SECOND = "the second password here";
    static final int REQUESTS = 20;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @Test
    void aNewPasswordARoleAndARemovalCountAtTheNextRequestThoughPasswordsAreRemembered() {
        String user = newOperator();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, basic(user, FIRST, "api/incidents").statusCode(), "remembered after the first");
        }
        assertEquals(403, basic(user, FIRST, "api/users").statusCode(), "an operator");

        assertEquals(
                200, asAdmin("PUT", "api/users/" + user, "{\"role\":\"admin\"}").statusCode());
        assertEquals(200, basic(user, FIRST, "api/users").statusCode(), "the new role at the next request");

        assertEquals(
                200,
                asAdmin("PUT", "api/users/" + user, "{\"password\":\"" + SECOND + "\"}")
                        .statusCode());
        assertEquals(401, basic(user, FIRST, "api/incidents").statusCode(), "the old password at once refused");
        assertEquals(200, basic(user, SECOND, "api/incidents").statusCode(), "the new one works");
        assertEquals(200, basic(user, SECOND, "api/incidents").statusCode(), "and is remembered in turn");

        assertEquals(204, asAdmin("DELETE", "api/users/" + user, null).statusCode());
        assertEquals(401, basic(user, SECOND, "api/incidents").statusCode(), "a removed account at once refused");
    }

    @Test
    void printsTheMeanTimeOfBasicRequestsCheckedByBcryptAndRemembered() {
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            fresh.add(newOperator());
        }
        long bcrypt = 0;
        for (String user : fresh) { // each account's first request: bcrypt checks its password
            long started = System.nanoTime();
            assertEquals(200, basic(user, FIRST, "api/incidents").statusCode());
            bcrypt += System.nanoTime() - started;
        }
        String user = fresh.get(0);
        long remembered = 0;
        for (int i = 0; i < REQUESTS; i++) {
            long started = System.nanoTime();
            assertEquals(200, basic(user, FIRST, "api/incidents").statusCode());
            remembered += System.nanoTime() - started;
        }
        System.out.printf(
                "basic requests, mean of %d: password checked by bcrypt %.1f ms, remembered %.1f ms%n",
                REQUESTS, bcrypt / 1e6 / REQUESTS, remembered / 1e6 / REQUESTS);
        fresh.forEach(name -> asAdmin("DELETE", "api/users/" + name, null));
    }

    private static String newOperator() {
        return ThresholdServer.newOperator("remembered-", FIRST);
    }

    private static HttpResponse<String> basic(String user, String password, String path) {
        return ThresholdServer.send(HttpRequest.newBuilder(ThresholdServer.BASE.resolve(path))
                .header("Authorization", ThresholdServer.basicAuth(user, password))
                .GET());
    }
}
