package dev.threshold.interfaces.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Failed sign-ins counted per account and per client address, with a growing delay once {@value #FREE_ATTEMPTS} have
 * failed in a row: 1 s, 2 s, 4 s … at most {@link #MAX_DELAY}. A failure is counted when it is known, so that
 * right passwords sent in parallel (a script, the console's calls) are never held up; a burst of parallel guesses
 * gets at most {@value #FREE_ATTEMPTS} plus those already running (bounded by the server's worker threads) through.
 * A success forgets the counts of its account and its address. During the delay an attempt is refused before Elytron
 * sees it: no bcrypt runs for it, so a stream of wrong passwords costs the server almost nothing and cannot slow the
 * video analysis.
 * <p>
 * The table is bounded: an attacker spraying made-up usernames or addresses must not fill the heap. It holds at most
 * {@code capacity} counts. When it is full, a sweep (at most once a second, so that the sweep itself is no lever)
 * forgets counts idle for {@link #FORGET_AFTER}, then counts still below the throttling threshold (forgetting one
 * gives at most {@value #FREE_ATTEMPTS} more free guesses); a count that is throttling is never pushed out by
 * newcomers. If the table is still full, a new key is not counted (its attempt is checked as without a throttle) until
 * counts age out.
 */
final class SignInThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration MAX_DELAY = Duration.ofSeconds(60);
    /** Counts idle this long are forgotten when room is needed. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    static final int DEFAULT_CAPACITY = 20_000;
    private static final Duration SWEEP_EVERY = Duration.ofSeconds(1);

    private record Failures(int count, Instant last) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);
    private final int capacity;

    SignInThrottle() {
        this(DEFAULT_CAPACITY);
    }

    SignInThrottle(int capacity) {
        this.capacity = capacity;
    }

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

    /** An attempt failed: one more in a row for each of its keys. */
    void failed(Instant now, String... keys) {
        for (String key : keys) {
            if (key == null) {
                continue;
            }
            if (!failures.containsKey(key) && failures.size() >= capacity && !makeRoom(now)) {
                continue;
            }
            failures.merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        }
    }

    /** A sign-in succeeded: the failures in a row of its account and of its address end. */
    void succeeded(String... keys) {
        for (String key : keys) {
            if (key != null) {
                failures.remove(key);
            }
        }
    }

    /** How many counts are held (for tests: the bound). */
    int size() {
        return failures.size();
    }

    /** @return whether the table has room now; sweeps at most once per {@link #SWEEP_EVERY}. */
    private boolean makeRoom(Instant now) {
        Instant last = lastSweep.get();
        if (now.isBefore(last.plus(SWEEP_EVERY)) || !lastSweep.compareAndSet(last, now)) {
            return failures.size() < capacity;
        }
        Instant idleSince = now.minus(FORGET_AFTER);
        failures.values().removeIf(f -> f.last().isBefore(idleSince));
        if (failures.size() >= capacity) {
            failures.values().removeIf(f -> f.count() < FREE_ATTEMPTS);
        }
        return failures.size() < capacity;
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
