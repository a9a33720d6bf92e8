package dev.threshold.interfaces.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins counted per account and per client address, with a growing delay once {@value #FREE_ATTEMPTS} have
 * failed in a row: 1 s, 2 s, 4 s … at most {@link #MAX_DELAY}. An attempt is counted when it starts (so that a
 * burst of parallel guesses cannot all slip in before the first has failed) and both counts are forgotten when one
 * succeeds. During the delay an attempt is refused before Elytron sees it: no bcrypt runs for it, so a stream of
 * wrong passwords costs the server almost nothing and cannot slow the video analysis.
 */
final class SignInThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration MAX_DELAY = Duration.ofSeconds(60);
    /** Counts idle this long are forgotten, so that the table stays small. */
    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int PRUNE_ABOVE = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** @return how long the caller must still wait before an attempt for these keys, or zero */
    Duration waitFor(Instant now, String... keys) {
        Duration longest = Duration.ZERO;
        for (String key : keys) {
            Failures f = key == null ? null : failures.get(key);
            if (f != null && f.count() >= FREE_ATTEMPTS) {
                Duration left = Duration.between(now, f.last().plus(delayAfter(f.count())));
                if (left.compareTo(longest) > 0) {
                    longest = left;
                }
            }
        }
        return longest;
    }

    /** An attempt starts: counted as failed until it {@link #succeeded}. */
    void attempted(Instant now, String... keys) {
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(f -> f.last().plus(FORGET_AFTER).isBefore(now));
        }
        for (String key : keys) {
            if (key != null) {
                failures.merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
            }
        }
    }

    void succeeded(String... keys) {
        for (String key : keys) {
            if (key != null) {
                failures.remove(key);
            }
        }
    }

    /** The delay after {@code count} failures in a row: none for the first few, then doubling up to the maximum. */
    static Duration delayAfter(int count) {
        if (count < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - FREE_ATTEMPTS, 10);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
