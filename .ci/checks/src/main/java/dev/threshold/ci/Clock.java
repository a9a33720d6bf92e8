package dev.threshold.ci;

import java.util.function.BooleanSupplier;

/** Seconds since the command the check measures was started, and waiting on a state with a limit. */
final class Clock {

    private final long startedMillis;

    Clock(long startedMillis) {
        this.startedMillis = startedMillis;
    }

    long seconds() {
        return (System.currentTimeMillis() - startedMillis) / 1000;
    }

    /** Polls {@code done} every second until it is true; false when {@code limitSeconds} passed first. */
    static boolean await(BooleanSupplier done, long limitSeconds) {
        long end = System.nanoTime() + limitSeconds * 1_000_000_000L;
        while (true) {
            if (done.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
