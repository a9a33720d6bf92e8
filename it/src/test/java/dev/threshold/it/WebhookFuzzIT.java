package dev.threshold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.infrastructure.security.KisiSignature;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fuzzes the Kisi webhook with mutated and random bodies and headers: wrong types, huge numbers, deep nesting,
 * invalid UTF-8, oversize bodies, missing fields, bad signatures. Never a 5xx, nothing stored but the well-formed,
 * correctly signed events, and the server healthy afterwards. {@code -Dthreshold.fuzz.cases=10000} for the full run
 * (CI runs 1,000); {@code -Dthreshold.fuzz.seed=N} replays a run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookFuzzIT {

    static final String KEY = "fuzz-key-" + UUID.randomUUID();
    static final int CASES = Integer.getInteger("threshold.fuzz.cases", 1000);
    static final long SEED = Long.getLong("threshold.fuzz.seed", System.nanoTime());

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @BeforeAll
    static void signatureKeyOn() {
        assertEquals(
                200,
                ThresholdServer.asAdmin(
                                "PUT",
                                "api/settings/kisi",
                                "{\"organizationId\":\"12\",\"placeId\":\"34\",\"signatureKey\":\"" + KEY + "\"}")
                        .statusCode());
    }

    @AfterAll
    static void theTestsKeyAgain() {
        KisiSigning.restoreTestKey();
    }

    @Test
    void noInputMakesTheWebhookFailOrStoreWhatItShouldNot() {
        Random random = new Random(SEED);
        Mutator mutator = new Mutator(random);
        long before = TestDatabase.accessEvents();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        int stored = 0;
        long started = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            byte[] body = mutator.body();
            HttpRequest.Builder request = HttpRequest.newBuilder(ThresholdServer.BASE.resolve("kisi/events"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            String contentType = mutator.contentType();
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            String signature = mutator.signature(KisiSignature.sign(body, KEY));
            if (signature != null) {
                request.header("X-Signature", signature);
            }
            HttpResponse<String> response = ThresholdServer.send(request);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() >= 500 && serverErrors.size() < 5) {
                serverErrors.add("case " + i + ": " + response.statusCode() + " " + response.body() + " for body "
                        + new String(body, 0, Math.min(body.length, 300), StandardCharsets.ISO_8859_1));
            }
            if (response.statusCode() == 201) {
                stored++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("fuzz: %d cases in %.1f s (seed %d), statuses %s%n", CASES, seconds, SEED, statuses);

        assertTrue(serverErrors.isEmpty(), "5xx answers (seed " + SEED + "): " + serverErrors);
        assertEquals(
                before + stored,
                TestDatabase.accessEvents(),
                "exactly the events answered 201 were stored (seed " + SEED + ")");
        assertEquals(0, TestDatabase.eventsWithoutLabel(), "no half-written event");
        assertTrue(
                stored > 0 && statuses.getOrDefault(400, 0) > 0 && statuses.getOrDefault(401, 0) > 0,
                "the fuzzer reached every outcome: " + statuses);
        HttpResponse<String> health = ThresholdServer.get("health");
        assertEquals(200, health.statusCode(), "healthy afterwards: " + health.body());
    }

    /** Bodies and headers, from well-formed to hostile. */
    static final class Mutator {

        private static final String[] FIELDS = {
            "uuid",
            "type",
            "created_at",
            "success",
            "object_id",
            "object_name",
            "actor_id",
            "actor_name",
            "place_id",
            "organization_id",
            "error_message",
            "error_code"
        };
        private static final String[] TYPES = {
            "lock.unlock",
            "lock.forced_open",
            "lock.held_open",
            "lock.opened",
            "reader.access",
            "lock.tailgate",
            "",
            "LOCK.UNLOCK",
            "lock.unlock\u0000"
        };

        private final Random random;
        private final HostileJson hostile;

        Mutator(Random random) {
            this.random = random;
            this.hostile = new HostileJson(random);
        }

        byte[] body() {
            return switch (random.nextInt(10)) {
                case 0, 1, 2 -> valid().getBytes(StandardCharsets.UTF_8);
                case 3, 4 -> withFieldReplaced().getBytes(StandardCharsets.UTF_8);
                case 5 -> withoutField().getBytes(StandardCharsets.UTF_8);
                case 6 -> hostile.mutated(valid().getBytes(StandardCharsets.UTF_8));
                case 7 -> hostile.deeplyNested(minimalEvent()).getBytes(StandardCharsets.UTF_8);
                case 8 -> hostile.randomBytes(random.nextInt(200));
                default ->
                    random.nextInt(4) == 0
                            ? hostile.oversize(minimalEvent(), "pad")
                            : hostile.value().getBytes(StandardCharsets.UTF_8);
            };
        }

        String contentType() {
            return switch (random.nextInt(6)) {
                case 0 -> null;
                case 1 -> "text/plain";
                case 2 -> "application/json; charset=latin1";
                case 3 -> "garbage/\u00e9";
                default -> "application/json";
            };
        }

        String signature(String correct) {
            return switch (random.nextInt(10)) {
                case 0 -> null;
                case 1 -> "sha256=" + "0".repeat(64);
                case 2 -> "sha256=" + "A".repeat(random.nextInt(5000));
                case 3 -> correct.toUpperCase().replace("SHA256=", "sha256=") + "00";
                default -> correct;
            };
        }

        private String valid() {
            return KisiEvents.lockEvent(
                    UUID.randomUUID().toString(),
                    TYPES[random.nextInt(3)],
                    String.valueOf(random.nextInt(10_000)),
                    "Fuzz door",
                    "Fuzzer");
        }

        private String withFieldReplaced() {
            String field = FIELDS[random.nextInt(FIELDS.length)];
            String value = hostile.value();
            String event = valid();
            int at = event.indexOf("\"" + field + "\":");
            if (at < 0) {
                return event.replaceFirst("\\{", "{\"" + field + "\":" + value + ",");
            }
            int start = at + field.length() + 3;
            int end = start;
            while (end < event.length() && event.charAt(end) != ',' && event.charAt(end) != '}') {
                end++;
            }
            return event.substring(0, start) + value + event.substring(end);
        }

        private String withoutField() {
            String field = FIELDS[random.nextInt(3)];
            return valid().replaceAll("\"" + field + "\":\"[^\"]*\",?", "");
        }

        private static String minimalEvent() {
            return "\"uuid\":\"" + UUID.randomUUID() + "\",\"type\":\"lock.unlock\",";
        }
    }
}
