package dev.threshold.it;

import dev.threshold.infrastructure.security.KisiSignature;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The one signature key the integration tests give Threshold, and the signing of every event they post with it, as
 * Kisi signs its events: the webhook refuses unsigned events by default, and the suite keeps it so (it never sets
 * {@code threshold.kisi.allow-unsigned}). A test that sets another key restores this one when it is done
 * ({@link #restoreTestKey()}).
 */
final class KisiSigning {

    static final String KEY = "threshold-it-signature-key-5f1c0e";
    static final String SETTINGS = "{\"organizationId\":\"12\",\"placeId\":\"34\",\"signatureKey\":\"" + KEY + "\"}";

    private static volatile boolean keySet;

    private KisiSigning() {}

    static String sign(byte[] body) {
        return KisiSignature.sign(body, KEY);
    }

    static String sign(String body) {
        return sign(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Sets the tests' key (organization 12, place 34) on the Arquillian server, once, before the first post. */
    static void ensureTestKey() {
        if (!keySet) {
            restoreTestKey();
        }
    }

    /** Sets the tests' key again: for a test that set another one or cleared it. */
    static void restoreTestKey() {
        HttpResponse<String> saved = ThresholdServer.asAdmin("PUT", "api/settings/kisi", SETTINGS);
        if (saved.statusCode() != 200) {
            throw new AssertionError("the tests' Kisi signature key was not set: " + saved.body());
        }
        keySet = true;
    }

    /** Sets the tests' key on another server (a standalone server or a cluster node), signing in as its admin. */
    static void setTestKey(URI base, String adminPassword) {
        HttpResponse<String> saved =
                ThresholdServer.send(java.net.http.HttpRequest.newBuilder(base.resolve("api/settings/kisi"))
                        .header("Authorization", ThresholdServer.basicAuth("admin", adminPassword))
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(SETTINGS)));
        if (saved.statusCode() != 200) {
            throw new AssertionError("the tests' Kisi signature key was not set on " + base + ": " + saved.body());
        }
    }
}
