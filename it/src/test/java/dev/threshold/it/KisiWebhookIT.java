package dev.threshold.it;

import static dev.threshold.it.ThresholdServer.asAdmin;
import static dev.threshold.it.ThresholdServer.postSignedEvent;
import static dev.threshold.it.ThresholdServer.searchLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.infrastructure.security.KisiSignature;
import dev.threshold.testing.Await;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kisi's webhook contract on the real server, with a signature key and organization/place set through the REST API:
 * signed events in (hex and base64), everything else out with the status Kisi acts on, and nothing stored for it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KisiWebhookIT {

    static final String KEY = "it-key-" + UUID.randomUUID();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return ThresholdServer.builtEar();
    }

    @BeforeAll
    static void configureKisi() {
        HttpResponse<String> saved = asAdmin(
                "PUT",
                "api/settings/kisi",
                "{\"organizationId\":\"12\",\"placeId\":\"34\",\"signatureKey\":\"" + KEY + "\"}");
        assertEquals(200, saved.statusCode(), saved.body());
    }

    /** Other test classes sign with the tests' key: set it again. */
    @AfterAll
    static void theTestsKeyAgain() {
        KisiSigning.restoreTestKey();
    }

    private static String hexSignature(String body) {
        return KisiSignature.sign(body.getBytes(StandardCharsets.UTF_8), KEY);
    }

    private static String base64Signature(String body) {
        byte[] mac = HexFormat.of().parseHex(hexSignature(body).substring("sha256=".length()));
        return "sha256=" + Base64.getEncoder().encodeToString(mac);
    }

    @Test
    @Order(1)
    void theSettingsSayTheKeyIsSetButNeverShowIt() {
        HttpResponse<String> settings = asAdmin("GET", "api/settings/kisi", null);
        assertTrue(settings.body().contains("\"signatureKey\":\"set\""), settings.body());
        assertFalse(settings.body().contains(KEY), "the secret is never rendered back");
        assertEquals(401, ThresholdServer.get("api/settings/kisi").statusCode(), "settings need an admin");
    }

    @Test
    @Order(2)
    void signedEventsAreStoredWithTheMacInHexOrBase64() {
        String hex = KisiEvents.unlock(KisiEvents.uniqueUuid(), "Signed door", "501", "HexSigned");
        assertEquals(201, postSignedEvent(hex, hexSignature(hex)).statusCode());
        String b64 = KisiEvents.unlock(KisiEvents.uniqueUuid(), "Signed door", "502", "B64Signed");
        assertEquals(201, postSignedEvent(b64, base64Signature(b64)).statusCode());
    }

    @Test
    @Order(3)
    void missingWrongOrTamperedSignaturesAre401AndNothingIsStored() {
        String uuid = KisiEvents.uniqueUuid();
        String actor = "Eve" + uuid.substring(0, 8);
        String body = KisiEvents.unlock(uuid, "Front door", "503", actor);
        String otherKeys = KisiSignature.sign(body.getBytes(StandardCharsets.UTF_8), "not-the-key");
        String tampered = body.replace("Front door", "Back door");

        for (HttpResponse<String> refused : List.of(
                ThresholdServer.postUnsignedEvent(body),
                postSignedEvent(body, otherKeys),
                postSignedEvent(tampered, hexSignature(body)),
                postSignedEvent(body, "sha256=zz"))) {
            assertEquals(401, refused.statusCode(), refused.body());
            assertEquals(
                    "application/problem+json",
                    refused.headers().firstValue("Content-Type").orElse(""));
        }
        assertEquals("[]", searchLabels(actor).body(), "nothing of a refused event is stored");
    }

    @Test
    @Order(4)
    void eventsOfAnotherOrganizationOrPlaceAre403AndCounted() {
        long before = refusedForeign();
        String uuid = KisiEvents.uniqueUuid();
        String otherPlace =
                KisiEvents.unlock(uuid, "Their door", "504", "Stranger").replace("\"place_id\":34", "\"place_id\":99");
        String otherOrganization = KisiEvents.unlock(uuid, "Their door", "504", "Stranger")
                .replace("\"organization_id\":12", "\"organization_id\":77");
        assertEquals(403, postSignedEvent(otherPlace, hexSignature(otherPlace)).statusCode());
        assertEquals(
                403,
                postSignedEvent(otherOrganization, hexSignature(otherOrganization))
                        .statusCode());
        assertEquals(before + 2, refusedForeign());
        assertEquals("[]", searchLabels("Stranger " + uuid.substring(0, 4)).body());
    }

    private static long refusedForeign() {
        String counts = asAdmin("GET", "api/settings/kisi/webhook", null).body();
        var m = java.util.regex.Pattern.compile("\"refusedForeignOrganizationOrPlace\":(\\d+)")
                .matcher(counts);
        assertTrue(m.find(), counts);
        return Long.parseLong(m.group(1));
    }

    @Test
    @Order(5)
    void concurrentDeliveriesOfOneEventStoreItOnce() throws Exception {
        String uuid = KisiEvents.uniqueUuid();
        String actor = "Twin" + uuid.substring(0, 8);
        String body = KisiEvents.unlock(uuid, "Busy door", "505", actor);
        String signature = hexSignature(body);
        int deliveries = 8;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < deliveries; i++) {
            Callable<Integer> deliver = () -> {
                start.await();
                return postSignedEvent(body, signature).statusCode();
            };
            statuses.add(pool.submit(deliver));
        }
        start.countDown();
        int created = 0;
        int ok = 0;
        for (Future<Integer> status : statuses) {
            int code = status.get();
            created += code == 201 ? 1 : 0;
            ok += code == 200 ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, created, "exactly one delivery stores the event");
        assertEquals(deliveries - 1, ok, "every other delivery is acknowledged as a duplicate");
        String found = searchLabels(actor).body();
        assertEquals(1, found.split("\"eventUuid\"", -1).length - 1, found);
    }

    @Test
    @Order(6)
    void aLockEventIsLabelledOnEveryCameraOfItsDoor() {
        String lockId = String.valueOf(600_000 + (int) (Math.random() * 100_000));
        String camA = "Lab cam A " + lockId; // cameras are created, not made up by the mapping: one pair a run
        String camB = "Lab cam B " + lockId;
        ThresholdServer.disabledCamera(camA);
        ThresholdServer.disabledCamera(camB);
        HttpResponse<String> mapped = asAdmin(
                "PUT",
                "api/doors/" + lockId,
                "{\"name\":\"Lab entrance\",\"cameras\":[\"" + camA + "\",\"" + camB + "\"]}");
        assertEquals(200, mapped.statusCode(), mapped.body());

        String uuid = KisiEvents.uniqueUuid();
        String actor = "Curie" + uuid.substring(0, 8);
        String body = KisiEvents.lockEvent(uuid, "lock.forced_open", lockId, "Lab entrance", actor);
        HttpResponse<String> stored = postSignedEvent(body, hexSignature(body));
        assertEquals(201, stored.statusCode(), stored.body());

        String found = searchLabels("door forced open " + actor).body();
        assertTrue(found.contains("\"camera\":\"" + camA + "\""), found);
        assertTrue(found.contains("\"camera\":\"" + camB + "\""), found);
        assertTrue(searchLabels("\"lab cam b\" " + actor).body().contains(uuid), "found by its camera's name");
    }

    @Test
    @Order(8)
    void aDoorMappedAfterItsFirstEventLabelsTheNextOnItsCameras() {
        // The webhook remembers doors it met; mapping one must show in the very next event's labels.
        String lockId = String.valueOf(700_000 + (int) (Math.random() * 100_000));
        String actor = "Meitner" + UUID.randomUUID().toString().substring(0, 8);
        String before = KisiEvents.lockEvent(KisiEvents.uniqueUuid(), "lock.opened", lockId, "Annex", actor);
        assertEquals(201, postSignedEvent(before, hexSignature(before)).statusCode());
        String annexCam = "Annex cam " + lockId;
        assertFalse(searchLabels("\"entry opened\" " + actor).body().contains("\"camera\":\"" + annexCam + "\""));

        ThresholdServer.disabledCamera(annexCam);
        HttpResponse<String> mapped =
                asAdmin("PUT", "api/doors/" + lockId, "{\"name\":\"Annex\",\"cameras\":[\"" + annexCam + "\"]}");
        assertEquals(200, mapped.statusCode(), mapped.body());
        String uuid = KisiEvents.uniqueUuid();
        String after = KisiEvents.lockEvent(uuid, "lock.opened", lockId, "Annex", actor);
        assertEquals(201, postSignedEvent(after, hexSignature(after)).statusCode());
        assertTrue(searchLabels("\"annex cam\" " + actor).body().contains(uuid), "labelled on the new camera");
    }

    @Test
    @Order(9)
    void theOutboxBacklogIsAMetricAndDrainsAfterEvents() {
        String body = KisiEvents.lockEvent(KisiEvents.uniqueUuid(), "lock.unlock", "508", "Relay door", "Relay");
        assertEquals(201, postSignedEvent(body, hexSignature(body)).statusCode());
        // The event's security events (and any review) go through the outbox, relayed right after the commit.
        Await.until(
                () -> asAdmin("GET", "api/metrics", null).body().contains("\nthreshold_outbox_messages 0\n"),
                Duration.ofSeconds(20),
                "the outbox relayed");
        assertTrue(asAdmin("GET", "api/metrics", null).body().contains("# TYPE threshold_outbox_messages gauge"));
    }

    @Test
    @Order(7)
    void everyKisiEventTypeIsStoredWithItsLabel() {
        Map<String, String> labels = Map.ofEntries(
                Map.entry("lock.unlock", "entry unlocked"),
                Map.entry("lock.opened", "entry opened"),
                Map.entry("lock.closed", "entry closed"),
                Map.entry("lock.locked", "entry locked"),
                Map.entry("lock.forced_open", "entry forced open"),
                Map.entry("lock.held_open", "entry ajar started"),
                Map.entry("lock.tailgate", "kisi tailgate"),
                Map.entry("lock.lock_down", "lockdown started"),
                Map.entry("lock.cancel_lockdown", "lockdown cancelled"),
                Map.entry("lock.scheduled_unlock_started", "scheduled unlock started"),
                Map.entry("lock.scheduled_unlock_ended", "scheduled unlock ended"),
                Map.entry("lock.first_to_arrive", "first to arrive"),
                Map.entry("lock.last_to_leave", "last to leave"),
                Map.entry("reader.access", "reader access"));
        String actor = "Types" + UUID.randomUUID().toString().substring(0, 8);
        labels.forEach((type, label) -> {
            String body = KisiEvents.lockEvent(KisiEvents.uniqueUuid(), type, "507", "Type door", actor);
            HttpResponse<String> stored = postSignedEvent(body, hexSignature(body));
            assertEquals(201, stored.statusCode(), type + ": " + stored.body());
            assertTrue(stored.body().contains("\"labels\":[\"" + label + "\"]"), type + ": " + stored.body());
            assertTrue(
                    searchLabels("\"" + label + "\" " + actor).body().contains("\"eventType\":\"" + type + "\""),
                    "found by its label: " + label);
        });
    }

    @Test
    @Order(10)
    void anEventThatNamesNoOrganizationOrPlaceIs403OnceSettingsExist() {
        String actor = "Nameless" + UUID.randomUUID().toString().substring(0, 8);
        String noPlace = KisiEvents.unlock(KisiEvents.uniqueUuid(), "Side door", "510", actor)
                .replace("\"place_id\":34,", "");
        String noOrganization = KisiEvents.unlock(KisiEvents.uniqueUuid(), "Side door", "510", actor)
                .replace("\"organization_id\":12,", "");
        for (String body : List.of(noPlace, noOrganization)) {
            HttpResponse<String> refused = postSignedEvent(body, hexSignature(body));
            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("organization_id or place_id"), refused.body());
        }
        assertEquals("[]", searchLabels(actor).body());
    }

    /**
     * The replay window (default 24 h, threshold.kisi.replay-window-hours): an older event is refused even with a good
     * signature and a uuid never seen, so that one captured on the wire cannot be replayed once its uuid is forgotten;
     * an event dated more than the clock skew (5 min) ahead is refused too.
     */
    @Test
    @Order(11)
    void eventsOlderThanTheReplayWindowOrFromTheFutureAre403AndNotStored() {
        String actor = "Replay" + UUID.randomUUID().toString().substring(0, 8);
        java.time.Instant now = KisiEvents.now();
        String old = KisiEvents.lockEvent(
                KisiEvents.uniqueUuid(), "lock.unlock", "511", "Old door", actor, now.minus(Duration.ofHours(25)));
        String future = KisiEvents.lockEvent(
                KisiEvents.uniqueUuid(), "lock.unlock", "511", "Old door", actor, now.plus(Duration.ofMinutes(10)));
        long before = counter("refusedOutsideReplayWindow");
        HttpResponse<String> replayed = postSignedEvent(old, hexSignature(old));
        assertEquals(403, replayed.statusCode(), replayed.body());
        assertTrue(replayed.body().contains("replay window"), replayed.body());
        HttpResponse<String> early = postSignedEvent(future, hexSignature(future));
        assertEquals(403, early.statusCode(), early.body());
        assertTrue(early.body().contains("ahead of this server's clock"), early.body());
        assertEquals(before + 2, counter("refusedOutsideReplayWindow"));
        assertEquals("[]", searchLabels(actor).body(), "nothing of a refused event is stored");

        String withinTheWindow = KisiEvents.lockEvent(
                KisiEvents.uniqueUuid(), "lock.unlock", "511", "Old door", actor, now.minus(Duration.ofHours(23)));
        assertEquals(
                201,
                postSignedEvent(withinTheWindow, hexSignature(withinTheWindow)).statusCode());
        assertEquals(
                200,
                postSignedEvent(withinTheWindow, hexSignature(withinTheWindow)).statusCode(),
                "redelivered within the window: a duplicate");
    }

    /**
     * The default (threshold.kisi.allow-unsigned is never set in the tests): with no signature key, no event is
     * trusted, and the answer says to set the key. The demo and Kisi sign; nothing else has a reason to post here.
     */
    @Test
    @Order(12)
    void withNoSignatureKeyEveryEventIsRefused401SayingToSetTheKey() {
        assertEquals(
                200,
                asAdmin(
                                "PUT",
                                "api/settings/kisi",
                                "{\"organizationId\":\"12\",\"placeId\":\"34\",\"clearSignatureKey\":true}")
                        .statusCode());
        try {
            String actor = "Unkeyed" + UUID.randomUUID().toString().substring(0, 8);
            String body = KisiEvents.unlock(KisiEvents.uniqueUuid(), "Front door", "512", actor);
            for (HttpResponse<String> refused :
                    List.of(ThresholdServer.postUnsignedEvent(body), postSignedEvent(body, hexSignature(body)))) {
                assertEquals(401, refused.statusCode(), refused.body());
                assertEquals(
                        "application/problem+json",
                        refused.headers().firstValue("Content-Type").orElse(""));
                assertTrue(
                        refused.body().contains("No Kisi signature key is set")
                                && refused.body().contains("set the signature key"),
                        refused.body());
            }
            assertEquals("[]", searchLabels(actor).body());
        } finally {
            configureKisi();
        }
    }

    /**
     * A stored signature key that does not open with the server's secrets key (the key file was replaced, or
     * threshold.secrets.key changed): the webhook cannot check signatures, so it answers 503 problem+json with
     * Retry-After (Kisi retries once an admin has mended it), says nothing of the cause to the caller, and stores
     * nothing. A bare 500 before.
     */
    @Test
    @Order(13)
    void aStoredKeyThatCannotBeOpenedIs503ProblemAndNothingIsStored() throws Exception {
        try (java.sql.Connection c = TestDatabase.connect("threshold");
                java.sql.Statement update = c.createStatement()) {
            update.executeUpdate("UPDATE kisi_settings SET signature_key_secret = 'v1:"
                    + Base64.getEncoder().encodeToString(new byte[48]) + "'");
        }
        try {
            String actor = "Locked" + UUID.randomUUID().toString().substring(0, 8);
            String body = KisiEvents.unlock(KisiEvents.uniqueUuid(), "Front door", "512", actor);
            var last = new java.util.concurrent.atomic.AtomicReference<HttpResponse<String>>();
            Await.until(
                    () -> {
                        last.set(postSignedEvent(body, hexSignature(body)));
                        return last.get().statusCode() == 503;
                    },
                    Duration.ofSeconds(10),
                    "the webhook reads the stored key again (it keeps it 2 s)");
            HttpResponse<String> refused = last.get();
            assertEquals(
                    "application/problem+json",
                    refused.headers().firstValue("Content-Type").orElse(""));
            assertTrue(
                    refused.headers().firstValue("Retry-After").isPresent(),
                    refused.headers().toString());
            assertTrue(
                    refused.body().contains("cannot open its stored secrets")
                            && !refused.body().contains("decrypt"),
                    refused.body());
            assertEquals("[]", searchLabels(actor).body());
        } finally {
            configureKisi();
        }
    }

    private static long counter(String name) {
        String counts = asAdmin("GET", "api/settings/kisi/webhook", null).body();
        var m = java.util.regex.Pattern.compile("\"" + name + "\":(\\d+)").matcher(counts);
        assertTrue(m.find(), counts);
        return Long.parseLong(m.group(1));
    }

    /**
     * Last: takes the tests' database away under load (H2: its process killed; PostgreSQL: see PostgresqlUnderTest)
     * and brings it back. Kisi then retries every event it was answered 503 for, as it does. An event whose commit
     * was under way when the database died may be stored although its answer was 503 (nobody can know the outcome
     * of a commit whose acknowledgement was lost): its retry is then answered 200, "stored before". So the promise
     * is: every 201 is stored, every event is stored exactly once after the retries, none half-written, and a 200 only
     * ever answers an event Kisi was told to retry.
     */
    @Test
    @Order(100)
    void withTheDatabaseDownKisiGets503sNothingHalfWrittenAndServiceReturnsWithoutRestart() throws Exception {
        String actor = "Outage" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Integer> lastStatus = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> bodies = new java.util.concurrent.ConcurrentHashMap<>();
        Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean sending = new java.util.concurrent.atomic.AtomicBoolean(true);
        ExecutorService senders = Executors.newFixedThreadPool(3);
        for (int t = 0; t < 3; t++) {
            senders.submit(() -> {
                while (sending.get()) {
                    String uuid = KisiEvents.uniqueUuid();
                    String body = KisiEvents.unlock(uuid, "Front door", "508", actor);
                    bodies.put(uuid, body);
                    int status = postSignedEvent(body, hexSignature(body)).statusCode();
                    lastStatus.put(uuid, status);
                    statuses.merge(status, 1, Integer::sum);
                }
                return null;
            });
        }
        var health = new java.util.concurrent.atomic.AtomicReference<HttpResponse<String>>();
        long successesBefore;
        try {
            Await.until(() -> statuses.getOrDefault(201, 0) >= 20, Duration.ofSeconds(30), "events stored under load");
            TestDatabase.ENGINE.goDown();
            // Under load with the database gone: until Kisi has been told to retry and health says so.
            Await.until(
                    () -> {
                        health.set(ThresholdServer.get("health"));
                        return statuses.getOrDefault(503, 0) >= 10
                                && health.get().statusCode() == 503;
                    },
                    Duration.ofSeconds(30),
                    "503s for Kisi and health DOWN while the database is gone");
            TestDatabase.ENGINE.comeBack();
            successesBefore = statuses.getOrDefault(201, 0);
            Await.until(
                    () -> statuses.getOrDefault(201, 0) >= successesBefore + 20,
                    Duration.ofSeconds(30),
                    "events stored again, without a restart: " + statuses);
        } finally {
            sending.set(false);
        }
        senders.shutdown();
        assertTrue(senders.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS));
        System.out.println("database outage under load: statuses " + statuses);

        assertEquals(
                503,
                health.get().statusCode(),
                "health says the database is down: " + health.get().body());
        assertTrue(
                health.get().body().contains("{\"name\":\"database\",\"status\":\"DOWN\""),
                health.get().body());
        assertTrue(statuses.getOrDefault(503, 0) > 0, "Kisi was told to retry: " + statuses);
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 201 || s == 503), "only 201 or 503: " + statuses);
        assertTrue(statuses.getOrDefault(201, 0) >= successesBefore + 20, "service is back: " + statuses);
        assertEquals(0, TestDatabase.eventsWithoutLabel(), "no half-written event");
        java.util.Set<String> storedBeforeRetries = storedUuidsOf(actor);
        lastStatus.forEach((uuid, status) -> {
            if (status == 201) {
                assertTrue(storedBeforeRetries.contains(uuid), "every 201 is stored: " + uuid);
            }
        });

        // Kisi retries what it was told to retry.
        Map<Integer, Integer> retried = new java.util.TreeMap<>();
        lastStatus.forEach((uuid, status) -> {
            if (status == 503) {
                String body = bodies.get(uuid);
                int answer = postSignedEvent(body, hexSignature(body)).statusCode();
                retried.merge(answer, 1, Integer::sum);
                assertEquals(
                        storedBeforeRetries.contains(uuid) ? 200 : 201,
                        answer,
                        "a retry is stored now (201), or was stored in the commit the outage cut off (200): " + uuid);
            }
        });
        System.out.println("database outage: Kisi's retries of the 503s answered " + retried
                + " (200: committed while the database died, the answer lost)");
        long stored = TestDatabase.count("SELECT COUNT(*) FROM access_event WHERE actor_name = '" + actor + "'");
        assertEquals(lastStatus.size(), stored, "after the retries, every event is stored exactly once");
        assertEquals(0, TestDatabase.eventsWithoutLabel(), "no half-written event");
    }

    private static java.util.Set<String> storedUuidsOf(String actor) {
        return new java.util.HashSet<>(
                TestDatabase.strings("SELECT kisi_uuid FROM access_event WHERE actor_name = '" + actor + "'"));
    }
}
