package dev.threshold.application.camera;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code limit} live streams at once on this node: each holds one of the server's request threads for as long
 * as someone watches, and they must not take every thread from the API and the console. A stream over the limit is
 * refused at once (503 with Retry-After), never queued: a viewer waiting minutes for a picture is worse than one told.
 */
public final class LiveStreamSlots {

    static final int RETRY_AFTER_SECONDS = 10;

    /** A taken slot; closing it (once, when the stream ends) gives it back. */
    public final class Slot implements AutoCloseable {
        private boolean closed;

        private Slot() {}

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                inUse.decrementAndGet();
                slots.release();
            }
        }
    }

    private final int limit;
    private final Semaphore slots;
    private final AtomicInteger inUse = new AtomicInteger();

    public LiveStreamSlots(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("threshold.live.max-streams must be at least 1, not " + limit);
        }
        this.limit = limit;
        this.slots = new Semaphore(limit);
    }

    /** @throws LivePictureUnavailableException when every slot is taken */
    public Slot take() {
        if (!slots.tryAcquire()) {
            throw new LivePictureUnavailableException(
                    "This node already serves " + limit + " live streams, the most "
                            + "it serves at once (threshold.live.max-streams). Close a live view or retry in "
                            + RETRY_AFTER_SECONDS + " seconds; the camera wall needs no stream.",
                    RETRY_AFTER_SECONDS);
        }
        inUse.incrementAndGet();
        return new Slot();
    }

    /** Live streams served now. */
    public int inUse() {
        return inUse.get();
    }

    public int limit() {
        return limit;
    }
}
