import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Driver for bench/alert-latency (run with `java AlertLatency.java ...`). An SMTP sink records when each message is
 * accepted and for whom; forced-open events are posted for doors whose alert names an address of their own; the
 * latency of an event is the sink's acceptance of its door's message − the moment the event was posted. Also counts
 * the attached pictures (one per camera expected).
 */
public class AlertLatency {

    static HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static URI base;
    static String auth;
    static String key;
    /** Per recipient, the nanoTime of each accepted message and the number of JPEG parts it carried. */
    static final Map<String, List<long[]>> accepted = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        base = URI.create(opts.getOrDefault("base", "http://localhost:8080/"));
        auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + opts.get("password"))
                .getBytes(StandardCharsets.UTF_8));
        key = opts.get("key");
        int events = Integer.parseInt(opts.getOrDefault("events", "50"));
        int doors = Integer.parseInt(opts.getOrDefault("doors", "10"));
        startSmtpSink(Integer.parseInt(opts.getOrDefault("smtp-port", "2525")));
        Random random = new Random(42);

        List<String> locks = new ArrayList<>();
        for (int d = 0; d < doors; d++) {
            String lock = String.valueOf(760_000 + d);
            List<String> cameras = new ArrayList<>();
            for (int c = 1; c <= 2; c++) {
                String camera = "Alert cam " + lock + "-" + c;
                send("POST", "api/cameras", "{\"name\":\"" + camera
                        + "\",\"streamUrl\":\"demo:door\",\"analysisFps\":5,\"enabled\":false}");
                cameras.add("\"" + camera + "\"");
            }
            send("PUT", "api/doors/" + lock, "{\"name\":\"Alert door " + lock + "\",\"cameras\":["
                    + String.join(",", cameras) + "]}");
            send("PUT", "api/doors/" + lock + "/alerts", "{\"forcedOpen\":{\"securityAddresses\":[\"" + address(lock)
                    + "\"]}}");
            locks.add(lock);
        }

        List<long[]> posted = new ArrayList<>(); // {door index, nanoTime posted}
        for (int e = 0; e < events; e++) {
            int door = e % doors;
            Thread.sleep(500 + random.nextInt(1000));
            String body = """
                    {"uuid":"%s","type":"lock.forced_open","success":true,"object_type":"Lock","object_id":%s,
                     "object_name":"Alert door %s","organization_id":12,"place_id":34,"created_at":"%s"}
                    """.formatted(java.util.UUID.randomUUID(), locks.get(door), locks.get(door),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS));
            long at = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("kisi/events"))
                    .header("Content-Type", "application/json").header("X-Signature", sign(body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("event refused: " + response.statusCode() + " " + response.body());
            }
            posted.add(new long[] {door, at});
        }
        // Wait up to 30 s for the last ones.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (received() < events && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        List<Long> latencies = new ArrayList<>();
        int missing = 0;
        int withAllPictures = 0;
        Map<Integer, Integer> seen = new HashMap<>();
        for (long[] p : posted) {
            int door = (int) p[0];
            int n = seen.merge(door, 1, Integer::sum) - 1; // the n-th event of this door gets its n-th message
            List<long[]> messages = accepted.getOrDefault(address(locks.get(door)), List.of());
            if (n >= messages.size()) {
                missing++;
                continue;
            }
            latencies.add((messages.get(n)[0] - p[1]) / 1_000_000);
            if (messages.get(n)[1] == 2) {
                withAllPictures++;
            }
        }
        latencies.sort(Long::compare);
        System.out.printf("forced-open events: %d, alerts received: %d, missing: %d, with both cameras' pictures: %d%n",
                events, latencies.size(), missing, withAllPictures);
        if (!latencies.isEmpty()) {
            System.out.printf("latency event posted -> e-mail accepted by SMTP: p50 %d ms, p95 %d ms, p99 %d ms, "
                    + "max %d ms%n", pct(latencies, 50), pct(latencies, 95), pct(latencies, 99),
                    latencies.get(latencies.size() - 1));
            System.out.println(pct(latencies, 99) <= 5000 ? "goal p99 <= 5 s: met" : "goal p99 <= 5 s: NOT met");
        }
    }

    static String address(String lock) {
        return "alert-" + lock + "@bench.example.com";
    }

    static long received() {
        return accepted.values().stream().mapToLong(List::size).sum();
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static void send(String method, String path, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
    }

    static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        StringBuilder hex = new StringBuilder();
        for (byte b : mac.doFinal(body.getBytes(StandardCharsets.UTF_8))) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }

    /** A minimal SMTP server: accepts everything, notes for whom and when (after DATA) and how many JPEGs. */
    static void startSmtpSink(int port) throws Exception {
        ServerSocket server = new ServerSocket(port);
        Thread acceptor = new Thread(() -> {
            while (true) {
                try {
                    Socket socket = server.accept();
                    Thread worker = new Thread(() -> session(socket));
                    worker.setDaemon(true);
                    worker.start();
                } catch (Exception e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static void session(Socket socket) {
        Pattern rcpt = Pattern.compile("(?i)RCPT TO:\\s*<([^>]+)>");
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.ISO_8859_1)); OutputStream out = socket.getOutputStream()) {
            reply(out, "220 bench SMTP sink");
            List<String> to = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.toUpperCase();
                if (upper.startsWith("EHLO") || upper.startsWith("HELO")) {
                    reply(out, "250 bench");
                } else if (upper.startsWith("MAIL FROM")) {
                    to.clear();
                    reply(out, "250 OK");
                } else if (upper.startsWith("RCPT TO")) {
                    Matcher m = rcpt.matcher(line);
                    if (m.find()) {
                        to.add(m.group(1).toLowerCase());
                    }
                    reply(out, "250 OK");
                } else if (upper.equals("DATA")) {
                    reply(out, "354 go ahead");
                    int jpegs = 0;
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        if (line.toLowerCase().startsWith("content-type: image/jpeg")) {
                            jpegs++;
                        }
                    }
                    long now = System.nanoTime();
                    for (String address : to) {
                        accepted.computeIfAbsent(address, a -> java.util.Collections.synchronizedList(new ArrayList<>()))
                                .add(new long[] {now, jpegs});
                    }
                    reply(out, "250 accepted");
                } else if (upper.equals("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (Exception e) {
            // a dropped connection: the server retries
        }
    }

    static void reply(OutputStream out, String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
