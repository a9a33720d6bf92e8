import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Driver for bench/verdict-latency (run with `java VerdictLatency.java ...`). Posts Kisi events for several doors on
 * a schedule, waits for their windows to end, and prints the distribution of the verdicts' latency as the server
 * stored it (first judged − window end), and how many windows were judged of those expected.
 */
public class VerdictLatency {

    static HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static URI base;
    static String auth;
    static String key;

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        base = URI.create(opts.getOrDefault("base", "http://localhost:8080/"));
        auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + opts.get("password"))
                .getBytes(StandardCharsets.UTF_8));
        key = opts.get("key"); // the webhook refuses unsigned events
        int doors = Integer.parseInt(opts.getOrDefault("doors", "20"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "90"));
        Random random = new Random(42);

        List<String> locks = new ArrayList<>();
        for (int d = 0; d < doors; d++) {
            String lock = String.valueOf(700_000 + d);
            String camera = "Latency cam " + lock;
            send("POST", "api/cameras", "{\"name\":\"" + camera + "\",\"analysisFps\":5,\"enabled\":false}");
            send("PUT", "api/doors/" + lock, "{\"name\":\"Latency door " + lock + "\",\"cameras\":[\"" + camera
                    + "\"]}");
            locks.add(lock);
        }
        // Each door: a window every 12-20 s (10 s window + a gap), sometimes a group of two, sometimes held open.
        record Planned(long atMillis, String lock, String type) { }
        List<Planned> plan = new ArrayList<>();
        int expectedWindows = 0;
        for (String lock : locks) {
            long t = random.nextInt(5000);
            while (t < seconds * 1000L - 20_000) {
                plan.add(new Planned(t, lock, "lock.unlock"));
                int shape = random.nextInt(10);
                if (shape == 0) {
                    plan.add(new Planned(t + 3000, lock, "lock.unlock"));
                    t += 3000;
                } else if (shape == 1) {
                    plan.add(new Planned(t + 4000, lock, "lock.held_open"));
                    plan.add(new Planned(t + 14_000, lock, "lock.closed"));
                    t += 14_000;
                }
                expectedWindows++;
                t += 12_000 + random.nextInt(8000);
            }
        }
        plan.sort((a, b) -> Long.compare(a.atMillis, b.atMillis));
        System.out.printf("%d doors, %d events over %d s, %d windows expected%n", doors, plan.size(), seconds,
                expectedWindows);
        long start = System.currentTimeMillis();
        for (Planned p : plan) {
            long wait = start + p.atMillis - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            String body = """
                    {"uuid":"%s","type":"%s","success":true,"actor_type":"User","actor_id":7,"actor_name":"Bench",
                     "object_type":"Lock","object_id":%s,"object_name":"Latency door %s","organization_id":12,
                     "place_id":34,"created_at":"%s"}""".formatted(UUID.randomUUID(), p.type, p.lock, p.lock,
                    Instant.now());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("kisi/events"))
                    .header("Content-Type", "application/json").header("X-Signature", sign(body)).POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("webhook answered " + r.statusCode() + ": " + r.body());
            }
        }
        Thread.sleep(Math.max(0, start + seconds * 1000L - System.currentTimeMillis()) + 3000);

        List<Long> latencies = new ArrayList<>();
        Pattern latency = Pattern.compile("\"verdictLatencyMillis\":(-?\\d+)");
        for (String lock : locks) {
            Matcher m = latency.matcher(send("GET", "api/windows?limit=200&door=" + lock, null));
            while (m.find()) {
                latencies.add(Long.parseLong(m.group(1)));
            }
        }
        latencies.sort(Long::compare);
        System.out.printf("windows judged: %d of %d expected%n", latencies.size(), expectedWindows);
        System.out.printf("verdict latency after the window's end (ms): p50 %d, p95 %d, p99 %d, max %d%n",
                pct(latencies, 50), pct(latencies, 95), pct(latencies, 99), latencies.get(latencies.size() - 1));
        System.out.println("(includes the settle time threshold.windows.settle-millis, default 300 ms, that a verdict"
                + " waits for the window's last frames)");
    }

    static long pct(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static String send(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", auth)
                .header("Content-Type", "application/json");
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** Kisi's signature: HMAC-SHA256 of the body with the signature key, in hex. */
    static String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
