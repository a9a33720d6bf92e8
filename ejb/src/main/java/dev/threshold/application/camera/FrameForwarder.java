package dev.threshold.application.camera;

import dev.threshold.infrastructure.video.CapturedFrame;
import dev.threshold.infrastructure.video.FrameQueue;
import jakarta.jms.JMSRuntimeException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forwards one camera's frames to the analysis, on a thread of its own: takes each frame the reader hands off, and
 * sends it through the camera's {@link FrameDispatch.Channel} (frame store, then frame job) while this node holds the
 * camera's lease. A frame the broker or the disk refuses is dropped and counted, never retried: the next one is due.
 */
final class FrameForwarder implements Runnable {

    private static final Logger LOG = Logger.getLogger(FrameForwarder.class.getName());

    private final FrameQueue handOff;
    private final FrameDispatch.Channel channel;
    private final BooleanSupplier leaseHeld;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    /** @param leaseHeld whether this node still holds the camera's lease, asked for every frame */
    FrameForwarder(FrameQueue handOff, FrameDispatch.Channel channel, BooleanSupplier leaseHeld) {
        this.handOff = handOff;
        this.channel = channel;
        this.leaseHeld = leaseHeld;
    }

    @Override
    public void run() {
        try (channel) {
            while (running.get()) {
                CapturedFrame frame = handOff.poll(Duration.ofMillis(500));
                if (frame == null) {
                    continue;
                }
                if (!leaseHeld.getAsBoolean()) {
                    // Not renewed in time (a late renewal, the database away): the camera may be another node's
                    // now, and its frames must not be analysed twice. Dropped until renewed or stopped.
                    refused.incrementAndGet();
                    continue;
                }
                try {
                    channel.send(frame);
                    sent.incrementAndGet();
                } catch (JMSRuntimeException | IllegalStateException | UncheckedIOException e) {
                    refused.incrementAndGet();
                    LOG.log(Level.FINE, "Frame of camera " + channel.sourceId() + " dropped", e);
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Forwarding frames of camera " + channel.sourceId() + " stopped: " + e.getMessage(),
                    e);
        }
    }

    void stop() {
        running.set(false);
    }

    /** Frame jobs put on the frames queue. */
    long sent() {
        return sent.get();
    }

    /** Frames dropped: refused by the queue or the disk, or read while the lease was not held. */
    long refused() {
        return refused.get();
    }
}
