package dev.threshold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A node on a standalone broker (use-remote-artemis.cli, whose connection factories reconnect for ever) while the
 * broker is away: its /health answers every request within a few seconds, 503 with the broker check DOWN, however long
 * the outage, with one thread at most asking the broker; once the broker is back, 200 UP again (docs/operations.md,
 * "Health"). Load balancers poll every second or so, and so does this test.
 */
class BrokerOutageHealthIT {

    /** The longest a health request may take: the broker check's bound (3 s) and some room for this busy machine. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(6);
    /** How long the outage goes on after the node first said DOWN: long enough for stuck checks to pile up. */
    static final Duration OUTAGE = Duration.ofSeconds(40);

    static final Pattern BROKER_CHECK = Pattern.compile(
            "\\{\"name\":\"broker\",\"status\":\"(UP|DOWN)\",\"data\":" + "\\{\"detail\":\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The broker checks' details seen, for the log. */
    private final Set<String> details = new TreeSet<>();

    private Duration slowest = Duration.ZERO;

    @Test
    void healthSaysDownWithinSecondsWhileTheBrokerIsAwayAndUpOnceItIsBack() throws Exception {
        Path dir = Path.of(System.getProperty("threshold.it.cluster.dir", "target/cluster"))
                .resolveSibling("broker-outage");
        TestFiles.deleteRecursively(dir);
        Files.createDirectories(dir);
        Path home = Path.of(System.getProperty("threshold.it.server.home"));
        String database = "broker-outage-" + UUID.randomUUID();

        try (ArtemisBroker broker = ClusterNodes.broker(dir.resolve("broker"))) {
            broker.start();
            Path configuration = ClusterNodes.remoteBrokerConfiguration(home, dir.resolve("configured"));
            try (StandaloneServer node = ClusterNodes.node(
                    home,
                    dir,
                    database,
                    configuration,
                    "node-a",
                    100,
                    List.of("-Dthreshold.recording.enabled=false"))) {
                node.startAndDeploy(new File(System.getProperty("threshold.ear")));
                assertEquals("UP", brokerCheck(health(node)), "the broker check before the outage");

                Instant stopped = Instant.now();
                broker.stop();
                Duration stopping = Duration.between(stopped, Instant.now());
                Duration down = pollUntil(node, 503, "DOWN", Duration.ofSeconds(60), stopped);
                Instant saidDown = Instant.now();
                int requests = 0;
                while (Duration.between(saidDown, Instant.now()).compareTo(OUTAGE) < 0) {
                    HttpResponse<String> answer = health(node);
                    assertEquals(503, answer.statusCode(), "DOWN for as long as the broker is away: " + answer.body());
                    assertEquals("DOWN", brokerCheck(answer), answer.body());
                    assertTrue(answer.body().contains("\"status\":\"DOWN\""), answer.body());
                    requests++;
                    Thread.sleep(1000);
                }
                int asking = threadsAskingTheBroker(node);

                Instant starting = Instant.now();
                broker.start();
                Instant listening = Instant.now();
                Duration up = pollUntil(node, 200, "UP", Duration.ofSeconds(120), listening);

                System.out.printf(
                        "broker outage health: 503 with the broker DOWN %d ms after the broker was told to stop (it"
                                + " took %d ms to stop); %d more"
                                + " requests in %d s of outage, all 503; slowest answer %d ms; threads asking the"
                                + " broker after the outage: %d; 200 UP %d ms after the broker listened again (its start took"
                                + " %d ms);"
                                + " broker details seen: %s%n",
                        down.toMillis(),
                        stopping.toMillis(),
                        requests,
                        OUTAGE.toSeconds(),
                        slowest.toMillis(),
                        asking,
                        up.toMillis(),
                        Duration.between(starting, listening).toMillis(),
                        details);
                printLateChecks(dir.resolve("node-a/log/server.log"));
                assertTrue(
                        asking <= 1, "one thread at most asks the broker, however often /health is asked: " + asking);
            }
        }
    }

    /** Asks every second until /health answers {@code status} with the broker check {@code broker}. */
    private Duration pollUntil(StandaloneServer node, int status, String broker, Duration timeout, Instant since)
            throws InterruptedException {
        Instant deadline = since.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> answer = health(node);
            if (answer.statusCode() == status && broker.equals(brokerCheck(answer))) {
                return Duration.between(since, Instant.now());
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("/health did not answer " + status + " with the broker " + broker + " within "
                + timeout + "; broker details seen: " + details);
    }

    /** GET /health, which must answer within {@link #ANSWER_WITHIN}. */
    private HttpResponse<String> health(StandaloneServer node) throws InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = http.send(
                    HttpRequest.newBuilder(node.base().resolve("health"))
                            .timeout(ANSWER_WITHIN.plusSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("/health did not answer: " + e, e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        slowest = took.compareTo(slowest) > 0 ? took : slowest;
        assertTrue(
                took.compareTo(ANSWER_WITHIN) <= 0,
                "/health answered after " + took.toMillis() + " ms (at most " + ANSWER_WITHIN.toMillis() + " ms): "
                        + answer.body());
        return answer;
    }

    /** The broker check's status (UP or DOWN); notes its detail. */
    private String brokerCheck(HttpResponse<String> health) {
        Matcher check = BROKER_CHECK.matcher(health.body());
        assertTrue(check.find(), "a broker check in " + health.body());
        details.add(check.group(2).replaceAll("\\d+ s\\b", "N s"));
        return check.group(1);
    }

    /**
     * How many threads of the node's JVM are inside the broker check, from a thread dump (jcmd of the JDK running
     * this test): while the broker is away they would pile up, one per health request, were the check not single.
     * Prints their stacks.
     */
    private static int threadsAskingTheBroker(StandaloneServer node) throws IOException, InterruptedException {
        String marker = "-Djboss.server.base.dir=" + node.dataDir().getParent().resolve("base");
        ProcessHandle jvm = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().orElse("").endsWith("/java")) // not standalone.sh, which has it too
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> List.of(a).contains(marker))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no JVM started with " + marker));
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process dump = new ProcessBuilder(jcmd.toString(), String.valueOf(jvm.pid()), "Thread.print")
                .redirectErrorStream(true)
                .start();
        String threads = new String(dump.getInputStream().readAllBytes());
        assertTrue(dump.waitFor(60, TimeUnit.SECONDS) && dump.exitValue() == 0, "jcmd Thread.print: " + threads);
        int asking = 0;
        for (String thread : threads.split("\n\n")) {
            if (thread.contains("BrokerProbe.check")) {
                asking++;
                // where the call on the broker waits: the evidence of what a health request used to wait for
                System.out.println("broker outage health: a thread in the broker check:\n"
                        + thread.lines().limit(25).collect(Collectors.joining("\n")));
            }
        }
        return asking;
    }

    /** The node's own account of its checks that answered after the bound: what the call on the broker did. */
    private static void printLateChecks(Path serverLog) throws IOException {
        if (Files.exists(serverLog)) {
            try (var lines = Files.lines(serverLog)) {
                lines.filter(line -> line.contains("The broker check answered after"))
                        .forEach(line -> System.out.println("broker outage health: node log: " + line));
            }
        }
    }
}
