import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load generator for bench/webhook-load (its run script compiles it with LoadLoops.java; no Maven build). For the Kisi
 * webhook and a no-op JAX-RS endpoint on the same server, side by side: the sustained maximum (closed loop, C
 * connections), then latency at half the webhook's maximum (open loop: latency counted from each request's planned send
 * time, so a slow server cannot hide its queueing). Every webhook request carries a unique, signed Kisi event. This
 * file says what is sent and what the figures mean; LoadLoops sends the phases.
 */
public class WebhookLoad {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI base = URI.create(opts.getOrDefault("base", "http://localhost:8080/"));
        String key = opts.get("key");
        int connections = Integer.parseInt(opts.getOrDefault("connections", "64"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "15"));
        URI webhook = base.resolve("kisi/events");
        type = opts.getOrDefault("type", "lock.unlock");
        doors = Integer.parseInt(opts.getOrDefault("doors", "1000"));
        int settle = Integer.parseInt(opts.getOrDefault("settle-seconds", "5"));
        // On 2 cores the server's C2 compiler still works through its queue after a 45-s warm-up (session 14): a
        // longer one (--warm-up-seconds) measures the compiled path; the default keeps the runs before comparable.
        int warmUpSeconds = Integer.parseInt(opts.getOrDefault("warm-up-seconds", String.valueOf(Math.max(5, seconds))));
        // Inside the Threshold WAR (same filters, security domain, CDI); on with -Dthreshold.bench.noop-webhook=true.
        URI noop = base.resolve(opts.getOrDefault("noop", "kisi/bench-noop"));
        URI counters = base.resolve("api/settings/kisi/webhook");
        URI metrics = base.resolve("api/metrics");
        long serverPid = Long.parseLong(opts.getOrDefault("server-pid", "-1"));
        String credentials = opts.containsKey("user") ? "Basic " + java.util.Base64.getEncoder().encodeToString(
                (opts.get("user") + ":" + opts.get("password")).getBytes(StandardCharsets.UTF_8)) : null;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        LoadLoops loops = new LoadLoops(http, serverPid);

        Supplier<HttpRequest> webhookRequest = () -> {
            String body = event();
            HttpRequest.Builder b = HttpRequest.newBuilder(webhook).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (key != null) {
                b.header("X-Signature", sign(body, key));
            }
            return b.build();
        };
        Supplier<HttpRequest> noopRequest = () -> HttpRequest.newBuilder(noop).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event())).build();

        System.out.printf("webhook-load: %d connections, %d s per phase, %s events at %d doors, against %s%n",
                connections, seconds, type, doors, base);
        LoadLoops.Phase warmUp =
                loops.closedLoop("warm-up (webhook)", webhookRequest, connections, warmUpSeconds);
        loops.closedLoop("warm-up (no-op)", noopRequest, connections, Math.max(3, seconds / 4));
        // Each phase starts on a server that has finished the work of the phase before (relaying, judging).
        settle(settle);
        long storedBefore = storedCount(http, counters, credentials);
        LoadLoops.Phase webhookMax = loops.closedLoop("webhook, maximum", webhookRequest, connections, seconds);
        Drain drain = drainOutbox(http, metrics, credentials);
        // The events' whole cost: the phase and the relaying of their security events that ends with the drain.
        long cpuThroughDrain = loops.serverCpuMillis() - webhookMax.serverCpuMillisBefore();
        long compilerThroughDrain = loops.compilerCpuMillis() - webhookMax.compilerCpuMillisBefore();
        long storedInMax = storedCount(http, counters, credentials) - storedBefore;
        settle(settle);
        LoadLoops.Phase noopMax = loops.closedLoop("no-op, maximum", noopRequest, connections, seconds);
        double half = webhookMax.requestsPerSecond() / 2;
        settle(settle);
        LoadLoops.Phase webhookHalf =
                loops.openLoop("webhook at half its maximum", webhookRequest, connections, seconds, half);
        settle(settle);
        LoadLoops.Phase noopHalf = loops.openLoop("no-op at the same rate", noopRequest, connections, seconds, half);

        for (LoadLoops.Phase p : List.of(webhookMax, noopMax, webhookHalf, noopHalf)) {
            System.out.printf("%-30s %8.0f req/s   p50 %7.2f ms   p99 %7.2f ms   server CPU %5.3f ms/request"
                            + " (JIT compilers %5.3f)   statuses %s%n", p.name(), p.requestsPerSecond(),
                    p.percentile(50) / 1000.0, p.percentile(99) / 1000.0, p.serverCpuMillisPerRequest(),
                    p.compilerCpuMillisPerRequest(), p.statuses());
        }
        if (serverPid > 0) {
            // CPU per request is what the machine's other load cannot change much: the ratio the server alone gives.
            double perStored = loops.perRequest(cpuThroughDrain, storedInMax);
            System.out.printf("server CPU per stored event at maximum (phase + outbox drain): %.3f ms "
                    + "(%d ms / %d events stored; target <= 0.5)%n", perStored, cpuThroughDrain, storedInMax);
            // The JIT's threads still compile during the maximum on 2 cores (the server's own warm-up): shown apart
            System.out.printf("  of it the JIT compilers' threads: %d ms; without them %.3f ms per stored event%n",
                    compilerThroughDrain, loops.perRequest(cpuThroughDrain - compilerThroughDrain, storedInMax));
            System.out.printf("server CPU ratio, no-op per request / webhook per stored event: %.2f "
                    + "(target >= 0.5)%n", noopMax.serverCpuMillisPerRequest() / perStored);
        }
        System.out.printf("ratio webhook/no-op at maximum: %.2f (target >= 0.5)%n",
                webhookMax.requestsPerSecond() / noopMax.requestsPerSecond());
        long events = webhookMax.statuses().getOrDefault(201, 0L);
        if (drain.seconds() >= 0) {
            double sustained = events / (webhookMax.seconds() + drain.seconds());
            System.out.printf("outbox after the webhook maximum: %d messages waiting at its end, empty %.1f s later%n",
                    drain.waitingAtEnd(), drain.seconds());
            System.out.printf("sustained webhook: %d events / (%.1f s phase + %.1f s drain) = %.0f events/s, "
                            + "ratio to no-op %.2f%n", events, webhookMax.seconds(), drain.seconds(), sustained,
                    sustained / noopMax.requestsPerSecond());
        } else {
            System.out.println("outbox drain not measured (" + drain.why() + ")");
        }
        long failures = webhookMax.statuses().entrySet().stream().filter(e -> e.getKey() != 201)
                .mapToLong(Map.Entry::getValue).sum();
        System.out.printf("webhook answers other than 201 at maximum: %d%n", failures);
        long answered = 0;
        for (LoadLoops.Phase p : List.of(warmUp, webhookMax, webhookHalf)) {
            answered += p.statuses().entrySet().stream().filter(e -> e.getKey() / 100 == 2)
                    .mapToLong(Map.Entry::getValue).sum();
        }
        // bench/webhook-load/run compares this with the rows in the database once the server has stopped.
        System.out.printf("webhook 2xx answers in all phases: %d%n", answered);
    }

    /** The server's count of events stored since it started (GET /api/settings/kisi/webhook), or -1. */
    static long storedCount(HttpClient http, URI counters, String credentials) {
        try {
            String json = http.send(HttpRequest.newBuilder(counters).header("Authorization", credentials).GET()
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"stored\":(\\d+)").matcher(json);
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    record Drain(long waitingAtEnd, double seconds, String why) {
    }

    /**
     * How long after a phase the server's outbox (door reviews, security events for the broker) takes to empty:
     * the work the acknowledged events caused, which the webhook's rate alone does not show. Polls
     * threshold_outbox_messages in /api/metrics every 250 ms (each poll costs the server a
     * bcrypt check of the password: more often would slow the work it measures), for at most 5 minutes.
     */
    static Drain drainOutbox(HttpClient http, URI metrics, String credentials) throws InterruptedException {
        if (credentials == null) {
            return new Drain(-1, -1, "no --user/--password for /api/metrics");
        }
        long start = System.nanoTime();
        long first = -1;
        while (System.nanoTime() - start < TimeUnit.MINUTES.toNanos(5)) {
            long waiting = outboxWaiting(http, metrics, credentials);
            if (waiting < 0) {
                return new Drain(-1, -1, "no threshold_outbox_messages in /api/metrics");
            }
            if (first < 0) {
                first = waiting;
            }
            if (waiting == 0) {
                return new Drain(first, (System.nanoTime() - start) / 1e9, null);
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        return new Drain(first, -1, "outbox not empty after 5 minutes");
    }

    static long outboxWaiting(HttpClient http, URI metrics, String credentials) {
        try {
            String text = http.send(HttpRequest.newBuilder(metrics).header("Authorization", credentials).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return text.lines().filter(l -> l.startsWith("threshold_outbox_messages "))
                    .mapToLong(l -> (long) Double.parseDouble(l.substring(l.indexOf(' ') + 1).trim()))
                    .findFirst().orElse(-1);
        } catch (Exception e) {
            return -1;
        }
    }

    static void settle(int seconds) throws InterruptedException {
        TimeUnit.SECONDS.sleep(seconds);
    }

    /** lock.unlock (the default) also queues a tailgating job; lock.opened only stores the event and its label. */
    static String type = "lock.unlock";

    /** How many doors the events are spread over (--doors). */
    static int doors = 1000;

    /**
     * A unique granted unlock at one of {@link #doors} doors, stamped now. A real door unlocks every few seconds at
     * most, so a site that sends hundreds of events per second has hundreds of doors; all events at one door and one
     * instant would only measure one door's window growing without end.
     */
    static String event() {
        String uuid = UUID.randomUUID().toString();
        int lock = 5000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(doors);
        return "{\"uuid\":\"" + uuid + "\",\"type\":\"" + type + "\",\"success\":true,\"actor_type\":\"User\","
                + "\"actor_id\":7,\"actor_name\":\"Load\",\"object_type\":\"Lock\",\"object_id\":" + lock + ","
                + "\"object_name\":\"Door " + lock + "\",\"organization_id\":12,\"place_id\":34,"
                + "\"created_at\":\"" + java.time.Instant.now() + "\"}";
    }

    static String sign(String body, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
