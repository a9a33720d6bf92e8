package dev.threshold.infrastructure.video;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Reads one camera for as long as it runs: connects, decodes, keeps frames at the analysis rate, stamps them with
 * this server's capture time and offers them to the sink; on loss waits (1 s, 2 s, 4 s ... at most 30 s by default)
 * and connects again, recording each outage as a {@link StreamGap}. Nothing a camera does makes {@link #run()} throw:
 * problems show in {@link #health()}, in words. A video file is read once, as fast as it decodes, and the reader ends.
 * <p>
 * Decoding cannot skip frames (an H.264 frame depends on the ones before it), but converting to BGR can: only frames
 * the decimator will keep are converted, which is most of the cost saved at 5 of 25 fps.
 */
public final class CameraReader implements Runnable {

    private static final Logger LOG = Logger.getLogger(CameraReader.class.getName());

    private final String cameraId;
    private final StreamSource source;
    private final ReaderSettings settings;
    private final FrameSink sink;
    private final Clock clock;

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final Object sleeper = new Object();
    private final OutageLog outages = new OutageLog();
    private final RateMeter inputRate = new RateMeter();
    private final RateMeter analysedRate = new RateMeter();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private volatile boolean connected;
    private volatile boolean finished;
    private volatile Instant lastFrameAt;
    private volatile String lastError;

    public CameraReader(String cameraId, StreamSource source, ReaderSettings settings, FrameSink sink, Clock clock) {
        if (cameraId == null || cameraId.isBlank()) {
            throw new IllegalArgumentException("camera reader: the camera id is required");
        }
        this.cameraId = cameraId;
        this.source = Objects.requireNonNull(source, "camera reader: the stream is required");
        this.settings = Objects.requireNonNull(settings, "camera reader: the settings are required");
        this.sink = Objects.requireNonNull(sink, "camera reader: the frame sink is required");
        this.clock = Objects.requireNonNull(clock, "camera reader: the clock is required");
    }

    @Override
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("camera reader for " + cameraId + " is already running or has run");
        }
        Backoff backoff = new Backoff(settings.firstBackoff(), settings.maxBackoff());
        StreamClock streamClock = new StreamClock(clock, source.live());
        Decimator decimator = new Decimator(settings.analysisFps());
        Instant startedAt = clock.instant();
        try {
            boolean first = true;
            while (!stopRequested.get()) {
                if (!first) {
                    reconnects.incrementAndGet();
                }
                first = false;
                Outcome outcome = readUntilLost(streamClock, decimator);
                if (stopRequested.get() || outcome == Outcome.END_OF_FILE) {
                    break;
                }
                if (outcome == Outcome.DELIVERED) {
                    backoff.reset();
                }
                Instant lost = lastFrameAt != null ? lastFrameAt : startedAt;
                outages.lost(lost, lastError == null ? "the stream stopped" : lastError);
                if (outcome == Outcome.FAILED && !source.live()) {
                    break; // a broken file does not heal by waiting
                }
                sleep(backoff.next());
            }
        } catch (RuntimeException | Error e) {
            // Last line of defence: a bug here must show on the camera's health, not kill the server's thread pool.
            lastError = "the reader stopped on an internal error: " + source.redact(String.valueOf(e));
            LOG.log(Level.SEVERE, "camera " + cameraId + ": " + lastError);
        } finally {
            connected = false;
            finished = true;
        }
    }

    private enum Outcome { DELIVERED, FAILED, END_OF_FILE }

    private Outcome readUntilLost(StreamClock streamClock, Decimator decimator) {
        if (source.fileMissing()) {
            lastError = "the video file does not exist: " + source.displayLocation();
            return Outcome.FAILED;
        }
        boolean delivered = false;
        FrameGrabber grabber = Grabbers.open(source, settings.timeout(), clock);
        long attemptStart = System.nanoTime();
        try {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
            grabber.start();
            if (grabber.getVideoStream() < 0 || grabber.getImageWidth() <= 0) {
                lastError = "not a video: the source contains no video stream";
                return Outcome.FAILED;
            }
            streamClock.restart(grabber.getFrameRate());
            decimator.restart();
            long intervalMicros = streamClock.frameIntervalMicros();
            Instant previous = null;
            while (!stopRequested.get()) {
                // Convert to BGR only when the frame is likely to be kept: predicted from the last frame's time.
                boolean convert = previous == null
                        || decimator.wants(previous.plus(Duration.ofNanos(intervalMicros * 1000 * 3 / 2)));
                Frame frame = grab(grabber, convert);
                if (frame == null) {
                    break;
                }
                if (frame.image == null && convert) {
                    continue; // a packet that produced no picture
                }
                Instant now = clock.instant();
                Instant capturedAt = streamClock.captureTime(grabber.getTimestamp());
                previous = capturedAt;
                if (!delivered) {
                    delivered = true;
                    connected = true;
                    StreamGap closed = outages.restored(now);
                    if (closed != null) {
                        LOG.info(() -> "camera " + cameraId + ": video back after " + closed.length(now).toSeconds()
                                + " s (" + closed.reason() + ")");
                    }
                }
                lastFrameAt = now;
                inputRate.tick();
                if (convert && decimator.keep(capturedAt)) {
                    if (settings.realTime() && !source.live()) {
                        waitUntil(capturedAt); // a file's frame is due when a camera would have shown it
                    }
                    hand(new CapturedFrame(cameraId, capturedAt, frame.imageWidth, frame.imageHeight, packedBgr(frame)));
                }
            }
            if (stopRequested.get()) {
                return Outcome.DELIVERED;
            }
            if (!source.live()) {
                return delivered ? Outcome.END_OF_FILE : failed("not a video: the file holds no decodable frames");
            }
            lastError = "the stream stopped: no video for " + settings.timeout().toSeconds()
                    + " s or the camera closed the connection";
            return delivered ? Outcome.DELIVERED : Outcome.FAILED;
        } catch (Exception e) {
            lastError = delivered ? StreamFailures.describe(source, e) : StreamFailures.describe(source, e,
                    Duration.ofNanos(System.nanoTime() - attemptStart), settings.timeout());
            LOG.fine(() -> "camera " + cameraId + ": " + lastError);
            return delivered ? Outcome.DELIVERED : Outcome.FAILED;
        } finally {
            connected = false;
            try {
                grabber.close();
            } catch (Exception e) {
                LOG.fine(() -> "camera " + cameraId + ": closing the stream: " + source.redact(e.getMessage()));
            }
        }
    }

    /** FFmpeg can skip converting a frame the decimator will drop; a rendered (demo) frame costs nothing to keep. */
    private static Frame grab(FrameGrabber grabber, boolean convert) throws FrameGrabber.Exception {
        return grabber instanceof FFmpegFrameGrabber ffmpeg ? ffmpeg.grabFrame(false, true, convert, false, false)
                : grabber.grab();
    }

    private void waitUntil(Instant due) throws InterruptedException {
        long millis = Duration.between(clock.instant(), due).toMillis();
        if (millis > 0) {
            Thread.sleep(Math.min(millis, 1000));
        }
    }

    private Outcome failed(String reason) {
        lastError = reason;
        return Outcome.FAILED;
    }

    private void hand(CapturedFrame frame) {
        boolean taken;
        try {
            taken = sink.offer(frame);
        } catch (RuntimeException e) {
            taken = false;
            lastError = "the analysis refused a frame: " + e.getMessage();
        }
        if (taken) {
            analysedRate.tick();
        } else {
            dropped.incrementAndGet();
        }
    }

    /** Asks the reader to end; it does within the time-out at the latest (a read in progress is not cut). */
    public void stop() {
        stopRequested.set(true);
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
    }

    public CameraHealth health() {
        return new CameraHealth(cameraId, connected, inputRate.rate(), analysedRate.rate(), dropped.get(), lastFrameAt,
                lastError, reconnects.get(), outages.snapshot(), finished);
    }

    public String cameraId() {
        return cameraId;
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

    static byte[] packedBgr(Frame frame) {
        int w = frame.imageWidth, h = frame.imageHeight, rowBytes = w * 3;
        byte[] out = new byte[rowBytes * h];
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        if (stride == rowBytes) {
            buffer.get(0, out, 0, out.length);
        } else {
            for (int y = 0; y < h; y++) {
                buffer.get(y * stride, out, y * rowBytes, rowBytes);
            }
        }
        return out;
    }
}
