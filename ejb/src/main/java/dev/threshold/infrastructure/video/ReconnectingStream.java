package dev.threshold.infrastructure.video;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.bytedeco.javacv.FrameGrabber;

/**
 * What a camera reader and a recorder share: they keep one camera's stream open for as long as they run, and on loss
 * wait (1 s, 2 s, 4 s ... at most 30 s by default), connect again and record each outage as a {@link StreamGap}.
 * A video file is read once: it ends, and a broken one does not heal by waiting. Nothing a camera does makes
 * {@link #run()} throw: problems show in {@link #lastError()}, in words, without credentials.
 */
abstract class ReconnectingStream<G extends FrameGrabber> implements Runnable {

    private static final Logger LOG = Logger.getLogger(ReconnectingStream.class.getName());

    /** How one connection ended. */
    enum Outcome {
        DELIVERED,
        FAILED,
        END_OF_FILE
    }

    protected final String cameraId;
    protected final StreamSource source;
    protected final Clock clock;
    private final Duration timeout;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final String role;

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final Object sleeper = new Object();
    private final OutageLog outages = new OutageLog();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicLong internalErrors = new AtomicLong();
    private volatile boolean delivering;
    private volatile boolean finished;
    private volatile Instant lastDataAt;
    private volatile String lastError;
    /** RTSP: TCP until a connection over it fails without a frame, then UDP, then TCP again...; kept once it works. */
    private boolean rtspOverUdp;

    /**
     * @param role what runs, for messages: "camera reader", "recorder"
     */
    ReconnectingStream(
            String role,
            String cameraId,
            StreamSource source,
            Clock clock,
            Duration timeout,
            Duration firstBackoff,
            Duration maxBackoff) {
        if (cameraId == null || cameraId.isBlank()) {
            throw new IllegalArgumentException(role + ": the camera id is required");
        }
        this.role = role;
        this.cameraId = cameraId;
        this.source = Objects.requireNonNull(source, role + ": the stream is required");
        this.clock = Objects.requireNonNull(clock, role + ": the clock is required");
        this.timeout = timeout;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
    }

    /**
     * Reads the opened-to-be stream until it is lost, it ends or {@link #stopRequested()}. Calls
     * {@link Connection#delivered()} for every frame or packet that arrives.
     */
    abstract Outcome readUntilLost(G grabber, Connection connection) throws Exception;

    /**
     * A grabber for one connection attempt, not started yet.
     *
     * @param rtspOverUdp see {@link Grabbers#create(StreamSource, Duration, boolean)}
     */
    abstract G open(Duration timeout, boolean rtspOverUdp);

    @Override
    public final void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException(role + " for " + cameraId + " is already running or has run");
        }
        Backoff backoff = new Backoff(firstBackoff, maxBackoff);
        Instant startedAt = clock.instant();
        try {
            boolean first = true;
            while (!stopRequested.get()) {
                if (!first) {
                    reconnects.incrementAndGet();
                }
                first = false;
                Outcome outcome = connectGuarded();
                if (stopRequested.get() || outcome == Outcome.END_OF_FILE) {
                    break;
                }
                if (outcome == Outcome.DELIVERED) {
                    backoff.reset();
                }
                outages.lost(
                        lastDataAt != null ? lastDataAt : startedAt,
                        lastError == null ? "the stream stopped" : lastError);
                if (!source.live()) {
                    break; // a broken file does not heal by waiting
                }
                sleep(backoff.next());
            }
        } catch (RuntimeException | Error e) {
            // Last line of defence (connectGuarded restarts after internal errors; this is the loop itself failing, or
            // the JVM out of memory): it must show on the camera's health, not kill the server's thread pool.
            lastError = "the " + role + " stopped on an internal error: " + source.redact(String.valueOf(e));
            LOG.severe("camera " + cameraId + ": " + lastError);
        } finally {
            delivering = false;
            finished = true;
        }
    }

    /**
     * One connection; an internal error (a bug, a class that failed to initialise, a native library that failed) is
     * a failure like a lost camera: said on the camera's health, and tried again after the backoff, since what failed
     * may work the next time (a library loaded since, a frame that broke a decoder), and a camera stopped for good
     * is worse than one that keeps trying.
     */
    private Outcome connectGuarded() {
        try {
            return connectOnce();
        } catch (RuntimeException | LinkageError | AssertionError e) {
            internalErrors.incrementAndGet();
            lastError = "the " + role + " stopped on an internal error and restarts after a pause ("
                    + internalErrors.get() + " so far): " + source.redact(String.valueOf(e));
            LOG.severe("camera " + cameraId + ": " + lastError);
            return Outcome.FAILED;
        }
    }

    private Outcome connectOnce() {
        if (source.fileMissing()) {
            lastError = "the video file does not exist: " + source.displayLocation();
            return Outcome.FAILED;
        }
        Connection connection = new Connection();
        G grabber = open(timeout, rtspOverUdp);
        long attemptStart = System.nanoTime();
        try {
            return readUntilLost(grabber, connection);
        } catch (Exception e) {
            lastError = connection.delivered
                    ? StreamFailures.describe(source, e)
                    : StreamFailures.describe(source, e, Duration.ofNanos(System.nanoTime() - attemptStart), timeout);
            if (!connection.delivered && source.kind() == StreamSource.Kind.RTSP) {
                lastError += rtspOverUdp ? " (RTP over UDP)" : " (RTP over TCP)";
                rtspOverUdp = !rtspOverUdp;
            }
            if (!connection.delivered && StreamFailures.noVideoFound(e)) {
                CodecCheck.undecodableVideo(source, timeout)
                        .ifPresent(codec ->
                                lastError = "unsupported codec: the " + (source.live() ? "camera sends" : "file holds")
                                        + " video this server cannot decode (" + codec + ")");
            }
            LOG.fine(() -> "camera " + cameraId + ": " + lastError);
            return connection.delivered ? Outcome.DELIVERED : Outcome.FAILED;
        } finally {
            delivering = false;
            try {
                grabber.close();
            } catch (Exception e) {
                LOG.fine(() -> "camera " + cameraId + ": closing the stream: " + source.redact(e.getMessage()));
            }
        }
    }

    /** One connection's progress, handed to {@link #readUntilLost}. */
    final class Connection {
        private boolean delivered;

        /** A frame or packet arrived; the first one ends the ongoing outage. */
        void delivered() {
            Instant now = clock.instant();
            if (!delivered) {
                delivered = true;
                delivering = true;
                StreamGap closed = outages.restored(now);
                if (closed != null) {
                    LOG.info(() -> "camera " + cameraId + ": video back for the " + role + " after "
                            + closed.length(now).toSeconds() + " s (" + closed.reason() + ")");
                }
            }
            lastDataAt = now;
        }

        boolean hasDelivered() {
            return delivered;
        }

        /** The outcome when the stream ended without an error: a file ends, a camera was lost. */
        Outcome ended() {
            if (stopRequested.get()) {
                return Outcome.DELIVERED;
            }
            if (!source.live()) {
                return delivered ? Outcome.END_OF_FILE : failed("not a video: the file holds no decodable frames");
            }
            lastError = "the stream stopped: no video for " + timeout.toSeconds()
                    + " s or the camera closed the connection";
            return delivered ? Outcome.DELIVERED : Outcome.FAILED;
        }

        Outcome failed(String reason) {
            lastError = reason;
            return Outcome.FAILED;
        }
    }

    /** Asks the stream to end; it does within the time-out at the latest (a read in progress is not cut). */
    public void stop() {
        stopRequested.set(true);
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
    }

    boolean stopRequested() {
        return stopRequested.get();
    }

    public String cameraId() {
        return cameraId;
    }

    boolean delivering() {
        return delivering;
    }

    boolean finished() {
        return finished;
    }

    Instant lastDataAt() {
        return lastDataAt;
    }

    String lastError() {
        return lastError;
    }

    void reportError(String error) {
        lastError = error;
    }

    long reconnects() {
        return reconnects.get();
    }

    List<StreamGap> gaps() {
        return outages.snapshot();
    }

    private void sleep(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (sleeper) {
            long left;
            while (!stopRequested.get() && (left = deadline - System.nanoTime()) > 0) {
                try {
                    sleeper.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopRequested.set(true);
                }
            }
        }
    }
}
