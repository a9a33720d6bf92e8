package dev.threshold.infrastructure.video;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Reads one camera for as long as it runs: connects, decodes, keeps frames at the analysis rate, stamps them with
 * this server's capture time and offers them to the sink; reconnects and records outages as every
 * {@link ReconnectingStream} does. A video file is read once and the reader ends.
 * <p>
 * Decoding can skip only the frames no other frame depends on ({@link ReaderDecoding}: non-reference frames, on a
 * stream fast enough); converting to BGR can skip any: only frames the decimator will keep are converted, which is
 * most of the cost saved at 5 of 25 fps.
 */
public final class CameraReader extends ReconnectingStream<FrameGrabber> {

    private final ReaderSettings settings;
    private final FrameSink sink;
    private final StreamClock streamClock;
    private final Decimator decimator;
    private final RateMeter inputRate = new RateMeter();
    private final RateMeter analysedRate = new RateMeter();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong decoded = new AtomicLong();

    public CameraReader(String cameraId, StreamSource source, ReaderSettings settings, FrameSink sink, Clock clock) {
        super(
                "camera reader",
                cameraId,
                source,
                clock,
                Objects.requireNonNull(settings, "camera reader: the settings are required")
                        .timeout(),
                settings.firstBackoff(),
                settings.maxBackoff());
        this.settings = settings;
        this.sink = Objects.requireNonNull(sink, "camera reader: the frame sink is required");
        this.streamClock = new StreamClock(clock, source.live());
        this.decimator = new Decimator(settings.analysisFps());
    }

    /**
     * Like {@link #CameraReader(String, StreamSource, ReaderSettings, FrameSink, Clock)} for footage recorded at
     * {@code recordedAt}: frames carry the footage's own timeline (its start plus the stream's timestamps), not the
     * time this server happens to read them.
     */
    public static CameraReader ofFootage(
            String cameraId, StreamSource file, ReaderSettings settings, FrameSink sink, Instant recordedAt) {
        return new CameraReader(
                cameraId, file, settings.withRealTime(false), sink, Clock.fixed(recordedAt, java.time.ZoneOffset.UTC));
    }

    /** FFmpeg's grabber for cameras and files; for a rendered camera, its plug-in's. */
    @Override
    FrameGrabber open(Duration timeout, boolean rtspOverUdp) {
        return Grabbers.open(source, timeout, rtspOverUdp, clock);
    }

    @Override
    Outcome readUntilLost(FrameGrabber grabber, Connection connection) throws Exception {
        grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
        ReaderDecoding.start(grabber, settings.analysisFps());
        if (grabber.getVideoStream() < 0 || grabber.getImageWidth() <= 0) {
            return connection.failed("not a video: the source contains no video stream");
        }
        streamClock.restart(grabber.getFrameRate());
        decimator.restart();
        long intervalMicros = streamClock.frameIntervalMicros();
        // How far ahead the next frame may be: one frame interval and a half, or more where frames are skipped in
        // decoding (the longest gap seen so far, up to one analysis interval).
        long lookAheadMicros = intervalMicros * 3 / 2;
        long longestLookAhead = Math.max(lookAheadMicros, Math.round(1e6 / settings.analysisFps()));
        Instant previous = null;
        while (!stopRequested()) {
            // Convert to BGR only when the frame is likely to be kept: predicted from the last frame's time.
            boolean convert =
                    previous == null || decimator.wants(previous.plus(Duration.ofNanos(lookAheadMicros * 1000)));
            Frame frame = grab(grabber, convert);
            if (frame == null) {
                break;
            }
            if (frame.image == null && convert) {
                continue; // a packet that produced no picture
            }
            decoded.incrementAndGet();
            Instant capturedAt = streamClock.captureTime(grabber.getTimestamp());
            if (previous != null) {
                long gap = Duration.between(previous, capturedAt).toNanos() / 1000;
                lookAheadMicros = Math.max(lookAheadMicros, Math.min(longestLookAhead, gap + intervalMicros / 2));
            }
            previous = capturedAt;
            connection.delivered();
            inputRate.tick();
            if (convert && decimator.keep(capturedAt)) {
                if (settings.realTime() && !source.live()) {
                    waitUntil(capturedAt); // a file's frame is due when a camera would have shown it
                }
                hand(new CapturedFrame(cameraId, capturedAt, frame.imageWidth, frame.imageHeight, packedBgr(frame)));
            }
        }
        return connection.ended();
    }

    /** FFmpeg can skip converting a frame the decimator will drop; a rendered frame costs nothing to keep. */
    private static Frame grab(FrameGrabber grabber, boolean convert) throws FrameGrabber.Exception {
        return grabber instanceof FFmpegFrameGrabber ffmpeg
                ? ffmpeg.grabFrame(false, true, convert, false, false)
                : grabber.grab();
    }

    private void waitUntil(Instant due) throws InterruptedException {
        long millis = Duration.between(clock.instant(), due).toMillis();
        if (millis > 0) {
            Thread.sleep(Math.min(millis, 1000));
        }
    }

    private void hand(CapturedFrame frame) {
        boolean taken;
        try {
            taken = sink.offer(frame);
        } catch (RuntimeException e) {
            taken = false;
            reportError("the analysis refused a frame: " + e.getMessage());
        }
        if (taken) {
            analysedRate.tick();
        } else {
            dropped.incrementAndGet();
        }
    }

    /** Frames the decoder gave since the reader started (every frame of the stream, less the ones it skipped). */
    public long framesDecoded() {
        return decoded.get();
    }

    public CameraHealth health() {
        return new CameraHealth(
                cameraId,
                delivering(),
                inputRate.rate(),
                analysedRate.rate(),
                dropped.get(),
                lastDataAt(),
                lastError(),
                reconnects(),
                gaps(),
                finished());
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
