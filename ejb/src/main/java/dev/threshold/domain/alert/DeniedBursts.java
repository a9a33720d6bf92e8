package dev.threshold.domain.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A burst of denied badges: {@code count} denied unlocks at one door within {@code window} (by the events' own
 * times). The denial that completes a burst is reported once; the door's count then starts again, so a long run of
 * denials alerts once per {@code count} of them and not on every one. Kept in memory: a restart forgets a burst
 * under way. Safe for concurrent callers.
 */
public final class DeniedBursts {

    private final int count;
    private final Duration window;
    private final Map<String, Deque<Instant>> deniedAt = new HashMap<>();

    public DeniedBursts(int count, Duration window) {
        if (count < 1) {
            throw new IllegalArgumentException("a burst is at least 1 denied badge, not " + count);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a burst's window must be positive, not " + window);
        }
        this.count = count;
        this.window = window;
    }

    /** One denied unlock at {@code lockId}, at {@code at}. @return whether it completes a burst */
    public synchronized boolean denied(String lockId, Instant at) {
        Deque<Instant> times = deniedAt.computeIfAbsent(lockId, k -> new ArrayDeque<>());
        times.addLast(at);
        // Events may come out of order: the window ends at the newest denial seen.
        Instant from = times.stream().max(Instant::compareTo).orElseThrow().minus(window);
        times.removeIf(t -> t.isBefore(from));
        if (times.size() >= count) {
            deniedAt.remove(lockId);
            return true;
        }
        return false;
    }

    public int count() {
        return count;
    }

    public Duration window() {
        return window;
    }
}
