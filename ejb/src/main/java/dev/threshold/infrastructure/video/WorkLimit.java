package dev.threshold.infrastructure.video;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code limit} clips cut or snapshots rendered at once: each decodes video for seconds to minutes, and a
 * burst of requests would otherwise take every core from the live analysis. A request over the limit is refused at
 * once ({@link BusyException}: 503 with Retry-After); background work (e-mail evidence, set-up tests) waits its turn.
 */
public final class WorkLimit {

    /** Work that decodes video; it may find no recording. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws NoRecordingException;
    }

    /** Every slot is taken; try again in a few seconds. */
    public static final class BusyException extends RuntimeException {
        private final int retryAfterSeconds;

        BusyException(String message, int retryAfterSeconds) {
            super(message);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private static final int RETRY_AFTER_SECONDS = 5;

    private final int limit;
    private final Semaphore slots;
    private final AtomicInteger running = new AtomicInteger();

    public WorkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("threshold.video.max-concurrent-cuts must be at least 1, not " + limit);
        }
        this.limit = limit;
        this.slots = new Semaphore(limit, true);
    }

    /**
     * Runs the work in a free slot, waiting at most {@code maxWait} for one.
     *
     * @throws BusyException when no slot freed in time
     */
    public <T> T run(String what, Duration maxWait, Work<T> work) throws NoRecordingException {
        boolean got;
        try {
            got = maxWait.isZero() ? slots.tryAcquire() : slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (!got) {
            throw new BusyException(
                    "The server is already cutting " + limit + " clips or snapshots, the most it does "
                            + "at once (threshold.video.max-concurrent-cuts); " + what + " was not started. Retry in "
                            + RETRY_AFTER_SECONDS + " seconds.",
                    RETRY_AFTER_SECONDS);
        }
        running.incrementAndGet();
        try {
            return work.run();
        } finally {
            running.decrementAndGet();
            slots.release();
        }
    }

    /** Clips and snapshots being cut now. */
    public int running() {
        return running.get();
    }

    public int limit() {
        return limit;
    }
}
