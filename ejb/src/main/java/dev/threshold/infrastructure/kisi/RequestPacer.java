package dev.threshold.infrastructure.kisi;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * Keeps one client under Kisi's rate limit (5 requests per second per user) by letting at most {@code permits}
 * requests start in any window of {@code window}. A burst up to the limit goes out at once, so that a single call or
 * a short list is not slowed down; the request after it waits until the oldest of the burst has left the window.
 * Thread-safe: threads take turns in the order they asked.
 */
final class RequestPacer {

    private final int permits;
    private final long windowNanos;
    /** Start times (System.nanoTime) granted to the last {@code permits} requests, oldest first. */
    private final Deque<Long> starts = new ArrayDeque<>();

    RequestPacer(int permits, Duration window) {
        if (permits < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("pacer needs at least one permit and a positive window");
        }
        this.permits = permits;
        this.windowNanos = window.toNanos();
    }

    /** Blocks until this request may start. */
    void awaitTurn() throws InterruptedException {
        long start;
        synchronized (this) {
            long now = System.nanoTime();
            start = starts.size() < permits ? now : Math.max(now, starts.removeFirst() + windowNanos);
            starts.addLast(start);
        }
        long wait = start - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
