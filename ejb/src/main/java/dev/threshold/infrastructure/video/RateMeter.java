package dev.threshold.infrastructure.video;

/** Events per second over the last window of a few seconds, for the health view. Written by one thread only. */
final class RateMeter {

    private static final long WINDOW_NANOS = 2_000_000_000L;

    private long windowStart = System.nanoTime();
    private long count;
    private volatile double rate;

    void tick() {
        count++;
        roll(System.nanoTime());
    }

    double rate() {
        long elapsed = System.nanoTime() - windowStart;
        // A stalled stream must show 0 fps, not the rate of its last good window.
        return elapsed > 2 * WINDOW_NANOS ? 0 : rate;
    }

    private void roll(long now) {
        long elapsed = now - windowStart;
        if (elapsed >= WINDOW_NANOS) {
            rate = count * 1e9 / elapsed;
            count = 0;
            windowStart = now;
        }
    }
}
