package dev.threshold.bench.soak;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The judged windows of the soak's camera doors, as the server records them ({@code /api/windows}): each seen once,
 * with its verdict latency (judged first − window end). Polled every minute; a door's 200 newest windows reach back
 * 50 minutes at the soak's one unlock per 15–20 s.
 */
final class WindowTracker {

    private final ServerApi api;
    private final List<String> locks;
    private final Instant since;
    private final Set<String> seen = new HashSet<>();
    private int granted;

    WindowTracker(ServerApi api, List<String> locks, Instant since) {
        this.api = api;
        this.locks = locks;
        this.since = since;
    }

    /** The verdict latencies (ms) of the windows judged since the last poll. */
    List<Long> poll() {
        List<Long> latencies = new ArrayList<>();
        for (String lock : locks) {
            JsonObject page;
            try (JsonReader reader =
                    Json.createReader(new StringReader(api.send("GET", "api/windows?limit=200&door=" + lock, null)))) {
                page = reader.readObject();
            } catch (Exception e) { // read again at the next poll: the newest 200 reach back far enough
                System.out.println("(windows of door " + lock + " not read: " + e.getMessage() + ")");
                continue;
            }
            for (JsonValue v : page.getJsonArray("windows")) {
                JsonObject w = v.asJsonObject();
                if (Instant.parse(w.getString("start")).isBefore(since)) {
                    continue;
                }
                if (seen.add(lock + "@" + w.getString("start"))) {
                    latencies.add(w.getJsonNumber("verdictLatencyMillis").longValue());
                    if (w.getInt("grants") > 0) { // the others: people the camera saw cross without an unlock
                        granted++;
                    }
                }
            }
        }
        return latencies;
    }

    /** Windows judged that an unlock opened. */
    int judged() {
        return granted;
    }
}
