package dev.threshold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.testing.Await;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Threshold as a cluster, on one machine: a standalone Artemis broker, two WildFly nodes (port offsets 100 and 200,
 * each configured by use-remote-artemis.cli) sharing the tests' H2 server as their database and one video folder.
 * Cameras (the demo camera's endless footage) are registered on both nodes and webhooks posted to both; then the
 * broker is restarted, and then one node is killed with SIGKILL. Throughout, each camera is read by one node at a
 * time and its frames are analysed in capture order (but for the jobs in flight at the broker restart or on the dead
 * node, which come again later); every event is stored exactly once; every door window has one incident.
 */
class ClusterIT {

    static final int CAMERAS = 4;
    static final int DOORS = 4;
    /** Short leases, so that a dead node's cameras move within seconds (the default is 15 s). */
    static final int LEASE_SECONDS = 6;

    static final Duration SAMPLE_EVERY = Duration.ofMillis(500);
    /** How long after a broker restart or a node's death redelivered frame jobs may still come in late. */
    static final Duration SETTLING = Duration.ofSeconds(30);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
    /** Moments at which some camera was read by both nodes, or by neither for longer than a take-over takes. */
    private final List<String> readingViolations = new ArrayList<>();

    private String password;
    /** The webhook senders and the readers' watcher run while this is set. */
    private final AtomicBoolean sending = new AtomicBoolean(true);

    private ExecutorService background;

    /** Also when an assertion failed: the senders would otherwise post on, to the next test's server on this port. */
    @AfterEach
    void stopSending() {
        sending.set(false);
        if (background != null) {
            background.shutdownNow();
        }
    }

    @Test
    void twoNodesShareTheWorkAndSurviveABrokerRestartAndANodeDeath() throws Exception {
        Path dir = Path.of(System.getProperty("threshold.it.cluster.dir", "target/cluster"));
        TestFiles.deleteRecursively(dir);
        Files.createDirectories(dir);
        Path home = Path.of(System.getProperty("threshold.it.server.home"));
        File ear = new File(System.getProperty("threshold.ear"));
        String database = "cluster-" + UUID.randomUUID();
        String run = "cluster-" + UUID.randomUUID().toString().substring(0, 8);

        try (ArtemisBroker broker = ClusterNodes.broker(dir.resolve("broker"))) {
            broker.start();
            Path configuration = ClusterNodes.remoteBrokerConfiguration(home, dir.resolve("configured"));
            TestDatabase.ENGINE.create(database); // once, before both nodes boot
            Map<String, StandaloneServer> nodes = new HashMap<>();
            nodes.put("node-a", node(home, dir, database, configuration, "node-a", 100));
            nodes.put("node-b", node(home, dir, database, configuration, "node-b", 200));
            try (StandaloneServer a = nodes.get("node-a");
                    StandaloneServer b = nodes.get("node-b")) {
                startBoth(a, b, ear);
                password = a.adminPassword();
                a.useTestSignatureKey(); // one database: b has the key too

                // Cameras and doors registered through either node, half each.
                List<String> cameras = new ArrayList<>();
                for (int i = 0; i < CAMERAS; i++) {
                    cameras.add(register(i % 2 == 0 ? a : b, "Cluster cam " + i + " " + run, "demo:door"));
                }
                background = Executors.newFixedThreadPool(3);
                List<Future<?>> senders = List.of(
                        background.submit(() -> send(a, run, sending)), background.submit(() -> send(b, run, sending)));
                Future<?> watcher = background.submit(() -> watchReaders(List.of(a, b), cameras, sending));

                for (String camera : cameras) {
                    Await.until(
                            () -> analysedFrames(database, camera).size() >= 20,
                            Duration.ofSeconds(90),
                            "frames of camera " + camera + " analysed");
                }
                Map<String, String> holders = leaseHolders(database);
                System.out.println("cluster test: camera leases " + holders);
                assertEquals(CAMERAS, holders.size(), "every camera is held by one node: " + holders);

                // The live view on either node, whichever reads the camera: frames through the shared video folder.
                for (String camera : cameras) {
                    for (StandaloneServer node : List.of(a, b)) {
                        HttpResponse<String> live = get(node, "api/cameras/" + camera + "/live/frame");
                        assertEquals(200, live.statusCode(), node.base() + " " + live.body());
                        Instant captured = Instant.parse(
                                live.headers().firstValue("X-Captured-At").orElseThrow());
                        assertTrue(
                                Duration.between(captured, Instant.now()).toSeconds() <= 3,
                                "camera " + camera + " live on " + node.base() + " at " + captured);
                    }
                }

                // The broker stops and comes back: both nodes reconnect by themselves.
                Instant brokerStopped = Instant.now();
                broker.stop();
                for (StandaloneServer node : List.of(a, b)) {
                    Await.until(
                            () -> brokerDown(node),
                            Duration.ofSeconds(60),
                            "health on " + node.base() + " to say the broker is down");
                }
                broker.start();
                Instant brokerBack = Instant.now();
                for (String camera : cameras) {
                    Await.until(
                            () -> analysedAfter(database, camera, brokerBack.plusSeconds(2)),
                            Duration.ofSeconds(90),
                            "frames of camera " + camera + " analysed after the broker restart");
                }
                int beforeCheck = acknowledged.size();
                Await.until(
                        () -> acknowledged.size() > beforeCheck + 20,
                        Duration.ofSeconds(30),
                        "webhooks answered after the broker restart");
                for (StandaloneServer node : List.of(a, b)) {
                    Await.until(
                            () -> get(node, "health").statusCode() == 200,
                            Duration.ofSeconds(60),
                            "health UP again on " + node.base());
                }
                incidentsOnEitherNode(database, a, b, run);

                // The node holding the first camera dies; its cameras move to the other one.
                String victimName = leaseHolders(database).get(cameras.get(0));
                StandaloneServer victim = nodes.get(victimName);
                String survivorName = victimName.equals("node-a") ? "node-b" : "node-a";
                List<String> moved = leaseHolders(database).entrySet().stream()
                        .filter(e -> e.getValue().equals(victimName))
                        .map(Map.Entry::getKey)
                        .toList();
                Instant killed = Instant.now();
                victim.kill();
                for (String camera : moved) {
                    Await.until(
                            () -> survivorName.equals(leaseHolders(database).get(camera))
                                    && analysedAfter(database, camera, killed.plusSeconds(1)),
                            Duration.ofSeconds(60),
                            "camera " + camera + " taken over by " + survivorName);
                }
                Duration takeOver = Duration.between(killed, firstAnalysedAfter(database, moved, killed));
                int atTakeOver = acknowledged.size();
                Await.until(
                        () -> acknowledged.size() > atTakeOver + 20,
                        Duration.ofSeconds(30),
                        "webhooks answered by the survivor alone");
                sending.set(false);
                for (Future<?> sender : senders) {
                    sender.get(60, TimeUnit.SECONDS);
                }
                watcher.get(60, TimeUnit.SECONDS);
                background.shutdown();

                // Kisi retries what got no answer, now at the survivor.
                StandaloneServer survivor = nodes.get(survivorName);
                for (String uuid : unanswered) {
                    HttpResponse<String> retried = survivor.postEvent(http, bodies.get(uuid));
                    assertTrue(
                            retried.statusCode() == 200 || retried.statusCode() == 201,
                            "a retried event is stored, or found stored: " + retried.statusCode() + " "
                                    + retried.body());
                }

                Map<String, Integer> stored = storedEvents(database, run);
                List<String> lost = bodies.keySet().stream()
                        .filter(uuid -> !stored.containsKey(uuid))
                        .toList();
                List<String> doubled = stored.entrySet().stream()
                        .filter(e -> e.getValue() > 1)
                        .map(Map.Entry::getKey)
                        .toList();
                System.out.printf(
                        "cluster test: %d events posted to both nodes, %d unanswered and retried, %d stored,"
                                + " %d lost, %d stored twice; %d cameras (%d moved from %s) taken over %d ms after the"
                                + " kill; reading violations %s%n",
                        bodies.size(),
                        unanswered.size(),
                        stored.size(),
                        lost.size(),
                        doubled.size(),
                        CAMERAS,
                        moved.size(),
                        victimName,
                        takeOver.toMillis(),
                        readingViolations);
                assertEquals(List.of(), lost, "no event lost");
                assertEquals(List.of(), doubled, "no event stored twice");
                assertEquals(List.of(), readingViolations, "each camera read by exactly one node at a time");
                // Jobs in flight when the broker stopped, or on the node that died, are delivered again after the
                // redelivery delay, behind newer ones: out of order then, and only then.
                List<Instant[]> disturbed = List.of(
                        new Instant[] {brokerStopped, brokerBack.plus(SETTLING)},
                        new Instant[] {killed, killed.plus(SETTLING)});
                int late = 0;
                for (String camera : cameras) {
                    late += assertReadOnceInOrder(analysedFrames(database, camera), camera, disturbed);
                }
                System.out.println("cluster test: " + late + " frame jobs analysed late (redelivered after the broker"
                        + " restart or the node's death)");
                assertTrue(
                        takeOver.compareTo(Duration.ofSeconds(LEASE_SECONDS + 10)) < 0,
                        "a dead node's cameras move within a lease and a renewal: " + takeOver);
            }
        }
    }

    /** A node of this test: short leases, the shared video folder, no recordings. */
    private static StandaloneServer node(
            Path home, Path dir, String database, Path configuration, String name, int portOffset) throws IOException {
        return ClusterNodes.node(
                home,
                dir,
                database,
                configuration,
                name,
                portOffset,
                List.of(
                        "-Dthreshold.cluster.lease-seconds=" + LEASE_SECONDS,
                        "-Dthreshold.video.dir=" + dir.resolve("video"),
                        "-Dthreshold.recording.enabled=false"));
    }

    /** Both servers boot at once; Threshold is deployed on one after the other (its schema migrations run once). */
    private static void startBoth(StandaloneServer a, StandaloneServer b, File ear) throws Exception {
        ExecutorService boot = Executors.newFixedThreadPool(2);
        try {
            Future<?> bootA = boot.submit(() -> {
                a.start();
                return null;
            });
            Future<?> bootB = boot.submit(() -> {
                b.start();
                return null;
            });
            bootA.get(5, TimeUnit.MINUTES);
            bootB.get(5, TimeUnit.MINUTES);
        } finally {
            boot.shutdown();
        }
        a.deploy(ear);
        b.deploy(ear);
    }

    /**
     * Kisi's deliveries to one node until told to stop; what gets no answer is retried at the end. Door openings,
     * which open no door window: the door reviews of a window are what incidentsOnEitherNode checks.
     */
    private Void send(StandaloneServer node, String run, AtomicBoolean sending) throws InterruptedException {
        while (sending.get()) {
            String uuid = UUID.randomUUID().toString();
            String body = KisiEvents.lockEvent(uuid, "lock.opened", "4713", "Cluster door", run, Instant.now());
            bodies.put(uuid, body);
            try {
                int status = node.postEvent(http, body).statusCode();
                if (status == 200 || status == 201) {
                    acknowledged.add(uuid);
                } else {
                    unanswered.add(uuid);
                    Thread.sleep(100);
                }
            } catch (IOException noAnswer) {
                unanswered.add(uuid);
                Thread.sleep(200); // a client backs off while a node is down
            }
            Thread.sleep(20);
        }
        return null;
    }

    /**
     * Asks both nodes every half second which cameras they read (a camera's health says "reading"): never both at
     * once. A dead node's answer is "not reading".
     */
    private Void watchReaders(List<StandaloneServer> nodes, List<String> cameras, AtomicBoolean sending)
            throws InterruptedException {
        while (sending.get()) {
            for (String camera : cameras) {
                int readers = 0;
                for (StandaloneServer node : nodes) {
                    try {
                        HttpResponse<String> health = get(node, "api/cameras/" + camera + "/health");
                        readers += health.statusCode() == 200 && health.body().contains("\"reading\":true") ? 1 : 0;
                    } catch (RuntimeException down) {
                        // a killed node reads nothing
                    }
                }
                if (readers > 1) {
                    synchronized (readingViolations) {
                        readingViolations.add(Instant.now() + ": camera " + camera + " read by " + readers + " nodes");
                    }
                }
            }
            Thread.sleep(SAMPLE_EVERY.toMillis());
        }
        return null;
    }

    /**
     * Forced openings at doors mapped on both nodes, the door events delivered half to one node and half to the
     * other, with a counted entry in each: each door window gets exactly one incident, whichever node's analysis
     * judged it.
     */
    private void incidentsOnEitherNode(String database, StandaloneServer a, StandaloneServer b, String run)
            throws Exception {
        List<String> locks = new ArrayList<>();
        Instant forced = Instant.now();
        for (int i = 0; i < DOORS; i++) {
            String lockId = String.valueOf(700_000 + Math.abs(run.hashCode() % 10_000) * 10 + i);
            String camera = "Door cam " + i + " " + run;
            String cameraId = register(i % 2 == 0 ? a : b, camera, null);
            HttpResponse<String> mapped = asAdmin(
                    i % 2 == 0 ? b : a,
                    "PUT",
                    "api/doors/" + lockId,
                    "{\"name\":\"Door " + i + " " + run + "\",\"cameras\":[\"" + camera + "\"]}");
            assertEquals(200, mapped.statusCode(), mapped.body());
            countEntry(database, cameraId, forced.plusMillis(1000));
            locks.add(lockId);
        }
        for (int i = 0; i < DOORS; i++) {
            String lockId = locks.get(i);
            assertEquals(
                    201,
                    (i % 2 == 0 ? a : b)
                            .postEvent(http, doorEvent(lockId, "lock.forced_open", forced))
                            .statusCode());
            assertEquals(
                    201,
                    (i % 2 == 0 ? b : a)
                            .postEvent(http, doorEvent(lockId, "lock.closed", forced.plusSeconds(4)))
                            .statusCode());
        }
        for (String lockId : locks) {
            Await.until(() -> incidents(database, lockId) >= 1, Duration.ofSeconds(60), "an incident at " + lockId);
        }
        // One more event at each door, after the window: its review judges the window again, behind every review
        // of the door queued before it (one message group a door, in order). Once the window's verdict row says it
        // was judged after that event was posted, a second verdict, were there one, has made its incident.
        for (int i = 0; i < DOORS; i++) {
            String lockId = locks.get(i);
            Instant asked = Instant.now();
            assertEquals(
                    201,
                    (i % 2 == 0 ? a : b)
                            .postEvent(http, doorEvent(lockId, "lock.locked", forced.plusSeconds(5)))
                            .statusCode());
            Await.until(
                    () -> !lastJudged(database, lockId).isBefore(asked),
                    Duration.ofSeconds(60),
                    "the window at " + lockId + " judged again after a later event");
        }
        for (String lockId : locks) {
            assertEquals(1, incidents(database, lockId), "one incident for the forced opening at " + lockId);
        }
    }

    /** @return how many frames were analysed after a newer one (all of them while {@code disturbed}) */
    private static int assertReadOnceInOrder(List<Instant[]> frames, String camera, List<Instant[]> disturbed) {
        // One reader keeps 5 frames a second on average, 10 (and at most 12) in any 2 s; two readers at once would
        // interleave their frames, twice as many. Single gaps say nothing: a reader that lagged behind a live stream
        // under load is re-anchored to the clock, and its decimator then keeps two frames closer than 200 ms.
        int end = 0;
        for (int start = 0; start < frames.size(); start++) {
            Instant until = frames.get(start)[0].plusSeconds(2);
            while (end < frames.size() && frames.get(end)[0].isBefore(until)) {
                end++;
            }
            assertTrue(
                    end - start <= 15,
                    "camera " + camera + ": " + (end - start) + " frames captured in the 2 s from "
                            + frames.get(start)[0] + ": read by two nodes at once?");
        }
        List<Instant[]> byAnalysis = new ArrayList<>(frames);
        byAnalysis.sort(Comparator.comparing((Instant[] f) -> f[1]));
        Instant newest = Instant.EPOCH;
        int late = 0;
        for (Instant[] frame : byAnalysis) {
            if (frame[0].isBefore(newest)) {
                late++;
                Instant analysedAt = frame[1];
                assertTrue(
                        disturbed.stream().anyMatch(d -> !analysedAt.isBefore(d[0]) && analysedAt.isBefore(d[1])),
                        "camera " + camera + ": frame of " + frame[0] + " analysed at " + analysedAt
                                + ", after a newer one, with no broker restart nor node death to explain it");
            } else {
                newest = frame[0];
            }
        }
        return late;
    }

    private String register(StandaloneServer node, String name, String streamUrl) {
        String body = "{\"name\":\"" + name + "\",\"analysisFps\":5,\"enabled\":" + (streamUrl != null)
                + (streamUrl == null ? "" : ",\"streamUrl\":\"" + streamUrl + "\"") + "}";
        HttpResponse<String> created = asAdmin(node, "POST", "api/cameras", body);
        assertEquals(201, created.statusCode(), created.body());
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
        assertTrue(id.find());
        return id.group(1);
    }

    private static String doorEvent(String lockId, String type, Instant at) {
        return """
                {"uuid":"%s","type":"%s","success":null,"actor_type":"User","actor_id":0,"actor_name":null,
                 "object_type":"Lock","object_id":%s,"object_name":"Door %s","organization_id":12,"place_id":34,
                 "created_at":"%s"}
                """.formatted(UUID.randomUUID(), type, lockId, lockId, at);
    }

    private HttpResponse<String> asAdmin(StandaloneServer node, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(node.base().resolve(path))
                .header("Authorization", ThresholdServer.basicAuth("admin", password))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return ThresholdServer.send(http, request);
    }

    private HttpResponse<String> get(StandaloneServer node, String path) {
        return ThresholdServer.send(
                http,
                HttpRequest.newBuilder(node.base().resolve(path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", ThresholdServer.basicAuth("admin", password))
                        .GET());
    }

    /** [captured at, analysed at] of the camera's analysed frames, in capture order. */
    private static List<Instant[]> analysedFrames(String database, String cameraId) {
        List<Instant[]> frames = new ArrayList<>();
        query(
                database,
                "SELECT captured_at, analysed_at FROM analysed_frame WHERE camera_id = ? ORDER BY captured_at",
                r -> frames.add(new Instant[] {
                    r.getObject(1, OffsetDateTime.class).toInstant(),
                    r.getObject(2, OffsetDateTime.class).toInstant()
                }),
                cameraId);
        return frames;
    }

    private static boolean analysedAfter(String database, String cameraId, Instant after) {
        return analysedFrames(database, cameraId).stream().anyMatch(f -> f[0].isAfter(after));
    }

    private static Instant firstAnalysedAfter(String database, List<String> cameras, Instant after) {
        return cameras.stream()
                .flatMap(c -> analysedFrames(database, c).stream())
                .map(f -> f[0])
                .filter(at -> at.isAfter(after))
                .min(Comparator.naturalOrder())
                .orElse(after);
    }

    private static Map<String, String> leaseHolders(String database) {
        Map<String, String> holders = new HashMap<>();
        query(database, "SELECT camera_id, holder FROM camera_lease", r -> holders.put(r.getString(1), r.getString(2)));
        return holders;
    }

    /** Whether the node's health says the broker is down (a node that does not answer in time says nothing). */
    private boolean brokerDown(StandaloneServer node) {
        try {
            HttpResponse<String> health = get(node, "health");
            return health.statusCode() == 503 && health.body().contains("{\"name\":\"broker\",\"status\":\"DOWN\"");
        } catch (RuntimeException noAnswer) {
            return false;
        }
    }

    /** When the door's window was last judged (its verdict row's judged_at); the epoch before any verdict. */
    private static Instant lastJudged(String database, String lockId) {
        Instant[] last = {Instant.EPOCH};
        query(
                database,
                "SELECT MAX(judged_at) FROM door_window_verdict WHERE lock_id = ?",
                r -> {
                    OffsetDateTime at = r.getObject(1, OffsetDateTime.class);
                    if (at != null) {
                        last[0] = at.toInstant();
                    }
                },
                lockId);
        return last[0];
    }

    private static long incidents(String database, String lockId) {
        AtomicInteger count = new AtomicInteger();
        query(database, "SELECT COUNT(*) FROM incident WHERE lock_id = ?", r -> count.set(r.getInt(1)), lockId);
        return count.get();
    }

    private static void countEntry(String database, String cameraId, Instant at) throws SQLException {
        try (Connection c = TestDatabase.connect(database);
                PreparedStatement s =
                        c.prepareStatement("INSERT INTO door_crossing (id, camera_id, track_id, crossed_at,"
                                + " direction, confidence) VALUES (?, ?, 1, ?, 'in', 0.9)")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, UUID.fromString(cameraId));
            s.setObject(3, at.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    /** How often each event of this run is stored. */
    private static Map<String, Integer> storedEvents(String database, String run) {
        Map<String, Integer> stored = new HashMap<>();
        query(
                database,
                "SELECT kisi_uuid, COUNT(*) FROM access_event WHERE actor_name = ? GROUP BY kisi_uuid",
                r -> stored.put(r.getString(1), r.getInt(2)),
                run);
        return stored;
    }

    private interface Row {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(String database, String sql, Row row, String... parameters) {
        try (Connection c = TestDatabase.connect(database);
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row.read(r);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the cluster's database: " + e.getMessage(), e);
        }
    }
}
