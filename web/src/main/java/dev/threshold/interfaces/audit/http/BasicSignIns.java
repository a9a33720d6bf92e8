package dev.threshold.interfaces.audit.http;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which HTTP Basic sign-ins the audit trail records. A Basic client sends its credentials with every request; one
 * record per request would bury the trail. So a success is recorded when the account has not signed in from that
 * address within the last {@code window} (30 minutes, as long as a console session lasts): the first request of a
 * client, and again after a pause. Failures are always recorded. Remembers at most {@code capacity} account and
 * address pairs (the oldest forgotten first, so a flood of addresses costs bounded memory and only extra records).
 */
final class BasicSignIns {

    private final Duration window;
    private final Map<String, Instant> lastRecorded;

    BasicSignIns(Duration window, int capacity) {
        this.window = window;
        this.lastRecorded = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True when this success is to be recorded; then the pair counts as recorded at {@code now}. */
    synchronized boolean firstSince(String account, String address, Instant now) {
        String key = account + "\n" + address;
        Instant last = lastRecorded.get(key);
        if (last != null && now.isBefore(last.plus(window))) {
            return false;
        }
        lastRecorded.put(key, now);
        return true;
    }

    /** After a failure the next success is recorded again, so that a trail shows how a guessing run ended. */
    synchronized void forget(String account, String address) {
        lastRecorded.remove(account + "\n" + address);
    }
}
