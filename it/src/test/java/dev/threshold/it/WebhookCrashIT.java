package dev.threshold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.testing.Await;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged door event must never be lost: under load, the server is killed with SIGKILL, started again, and
 * the events that got no answer are delivered again (as Kisi retries). Every event that got a 2xx is then in the
 * database exactly once, and so is every retried one. Runs on its own WildFly whose database is a separate process
 * (the tests' H2 server), as in production: the application server dies, the database does not.
 */
class WebhookCrashIT {

    static final int SENDERS = 4;
    static final int ACKNOWLEDGED_BEFORE_CRASH = 300;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedEventSurvivesAKillExactlyOnce() throws Exception {
        Path dir = Path.of(System.getProperty("threshold.it.crash.dir", "target/crash-server"));
        TestFiles.deleteRecursively(dir);
        Path home = Path.of(System.getProperty("threshold.it.server.home"));
        File ear = new File(System.getProperty("threshold.ear"));
        String run = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        String database = "crash-" + UUID.randomUUID();

        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        Set<String> unanswered = ConcurrentHashMap.newKeySet();
        Map<String, String> bodies = new ConcurrentHashMap<>();
        try (StandaloneServer server = new StandaloneServer(home, dir, database)) {
            server.startAndDeploy(ear);
            server.useTestSignatureKey();

            AtomicBoolean sending = new AtomicBoolean(true);
            AtomicBoolean killed = new AtomicBoolean();
            Set<Thread> sawTheDeadServer = ConcurrentHashMap.newKeySet();
            ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
            for (int t = 0; t < SENDERS; t++) {
                senders.submit(() -> {
                    while (sending.get()) {
                        String uuid = UUID.randomUUID().toString();
                        String body = KisiEvents.lockEvent(uuid, "lock.unlock", "4711", "Crash door", run);
                        bodies.put(uuid, body);
                        try {
                            int status = server.postEvent(http, body).statusCode();
                            if (status == 200 || status == 201) {
                                acknowledged.put(uuid, status);
                            } else {
                                unanswered.add(uuid); // 503 while dying: Kisi retries those too
                            }
                        } catch (IOException noAnswer) {
                            unanswered.add(uuid);
                            if (killed.get()) {
                                sawTheDeadServer.add(Thread.currentThread());
                            }
                            Thread.sleep(100); // a client backs off while the server is down
                        }
                    }
                    return null;
                });
            }
            try {
                Await.until(
                        () -> acknowledged.size() >= ACKNOWLEDGED_BEFORE_CRASH,
                        Duration.ofSeconds(120),
                        ACKNOWLEDGED_BEFORE_CRASH + " events acknowledged");
                server.kill();
                killed.set(true);
                Await.until(
                        () -> sawTheDeadServer.size() == SENDERS,
                        Duration.ofSeconds(30),
                        "every sender to find the server dead");
            } finally {
                sending.set(false);
            }
            senders.shutdown();
            assertTrue(senders.awaitTermination(60, TimeUnit.SECONDS));
            int acknowledgedBeforeCrash = acknowledged.size();

            server.startAndDeploy(ear);
            for (String uuid : unanswered) {
                HttpResponse<String> retried = server.postEvent(http, bodies.get(uuid));
                assertTrue(
                        retried.statusCode() == 200 || retried.statusCode() == 201,
                        "a retried event is stored, or found stored: " + retried.statusCode() + " " + retried.body());
            }
            server.stop();

            Map<String, Integer> stored = storedEvents(database, run);
            List<String> lost = new ArrayList<>();
            List<String> duplicated = new ArrayList<>();
            for (String uuid : bodies.keySet()) {
                int copies = stored.getOrDefault(uuid, 0);
                if (copies == 0) {
                    lost.add(uuid);
                } else if (copies > 1) {
                    duplicated.add(uuid);
                }
            }
            long lostAcknowledged =
                    lost.stream().filter(acknowledged::containsKey).count();
            System.out.printf(
                    "crash test: %d acknowledged before SIGKILL, %d unanswered and retried, "
                            + "%d stored, %d lost (%d of them acknowledged), %d duplicated%n",
                    acknowledgedBeforeCrash,
                    unanswered.size(),
                    stored.size(),
                    lost.size(),
                    lostAcknowledged,
                    duplicated.size());
            assertEquals(List.of(), lost, "no event lost");
            assertEquals(List.of(), duplicated, "no event stored twice");
            assertEquals(bodies.size(), stored.size());
            assertEquals(0, TestDatabase.eventsWithoutLabel(database), "no half-written event");
        }
    }

    /** How often each event of this run is stored, read from the database directly. */
    private static Map<String, Integer> storedEvents(String database, String run) throws SQLException {
        Map<String, Integer> stored = new HashMap<>();
        try (Connection c = TestDatabase.connect(database);
                PreparedStatement s = c.prepareStatement(
                        "SELECT kisi_uuid, COUNT(*) FROM access_event WHERE actor_name = ? GROUP BY kisi_uuid")) {
            s.setString(1, run);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return stored;
    }
}
