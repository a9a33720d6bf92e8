package dev.threshold.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waiting for a state the code under test records (a judged window, a lease row, a counter, a health field), with a
 * deadline, instead of sleeping: the test goes on as soon as the state is there, and says what it waited for when it
 * is not. To show that something did not happen, wait for a later state that proves the event was handled.
 */
public final class Await {

    private static final long POLL_MILLIS = 100;

    private Await() {}

    /** Waits until {@code condition} holds; fails saying {@code what} was awaited after {@code timeout}. */
    public static void until(BooleanSupplier condition, Duration timeout, String what) {
        until(condition, timeout, () -> what);
    }

    /** As {@link #until(BooleanSupplier, Duration, String)}; {@code what} is asked at the failure (the last state). */
    public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> what) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(
                        "timed out after " + timeout.toMillis() / 1000.0 + " s waiting for " + what.get());
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what.get(), e);
            }
        }
    }
}
