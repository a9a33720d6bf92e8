package dev.threshold.infrastructure.video;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * Records one camera by copying its encoded video packets into rolling MPEG-TS segments (no decoding, no
 * re-encoding: a few percent of a core per camera and the camera's own quality). A segment starts on a key frame, so
 * each one plays on its own; MPEG-TS because a segment cut short by a crash or power loss still plays.
 * <p>
 * It opens its own connection to the camera rather than sharing the reader's: decoding cannot skip H.264 frames, so
 * sharing would save no decoding, and with separate connections a slow analysis can never delay the recording, nor a
 * full disk the analysis. The cost is a second RTSP session; most cameras allow several. Audio is not recorded.
 */
public final class SegmentRecorder implements Runnable {

    private static final Logger LOG = Logger.getLogger(SegmentRecorder.class.getName());
    private static final AVRational MICROS = avutil.av_make_q(1, 1_000_000);

    private final String cameraId;
    private final StreamSource source;
    private final RecorderSettings settings;
    private final SegmentStore store;
    private final Clock clock;

    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopRequested = new AtomicBoolean();
    private final Object sleeper = new Object();
    private final OutageLog outages = new OutageLog();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private volatile boolean recording;
    private volatile boolean finished;
    private volatile String lastError;
    private volatile Instant lastPacketAt;

    public SegmentRecorder(String cameraId, StreamSource source, RecorderSettings settings, SegmentStore store, Clock clock) {
        FrameStore.requireCameraId(cameraId);
        this.cameraId = cameraId;
        this.source = Objects.requireNonNull(source, "recording: the stream is required");
        this.settings = Objects.requireNonNull(settings, "recording: the settings are required");
        this.store = Objects.requireNonNull(store, "recording: the recordings folder is required");
        this.clock = Objects.requireNonNull(clock, "recording: the clock is required");
    }

    @Override
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("recorder for " + cameraId + " is already running or has run");
        }
        Backoff backoff = new Backoff(settings.firstBackoff(), settings.maxBackoff());
        StreamClock streamClock = new StreamClock(clock, source.live());
        Instant startedAt = clock.instant();
        try {
            boolean first = true;
            while (!stopRequested.get()) {
                if (!first) {
                    reconnects.incrementAndGet();
                }
                first = false;
                boolean delivered = recordUntilLost(streamClock);
                if (stopRequested.get() || !source.live()) {
                    break; // a file is recorded once
                }
                if (delivered) {
                    backoff.reset();
                }
                outages.lost(lastPacketAt != null ? lastPacketAt : startedAt,
                        lastError == null ? "the stream stopped" : lastError);
                sleep(backoff.next());
            }
        } catch (RuntimeException | Error e) {
            lastError = "the recorder stopped on an internal error: " + source.redact(String.valueOf(e));
            LOG.severe("camera " + cameraId + ": " + lastError);
        } finally {
            recording = false;
            finished = true;
        }
    }

    private boolean recordUntilLost(StreamClock streamClock) {
        if (source.fileMissing()) {
            lastError = "the video file does not exist: " + source.displayLocation();
            return false;
        }
        boolean delivered = false;
        FFmpegFrameGrabber grabber = Grabbers.create(source, settings.timeout());
        long attemptStart = System.nanoTime();
        Open segment = null;
        try {
            grabber.start();
            int video = grabber.getVideoStream();
            if (video < 0) {
                lastError = "not a video: the source contains no video stream";
                return false;
            }
            AVStream in = grabber.getFormatContext().streams(video);
            AVRational timeBase = in.time_base();
            streamClock.restart(grabber.getFrameRate());
            AVPacket packet;
            while (!stopRequested.get() && (packet = grabber.grabPacket()) != null) {
                if (packet.stream_index() != video) {
                    continue;
                }
                boolean key = (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0;
                if (segment == null && !key) {
                    continue; // a segment must start with a picture that decodes on its own
                }
                long ts = packet.dts() != avutil.AV_NOPTS_VALUE ? packet.dts() : packet.pts();
                Instant at = streamClock.captureTime(avutil.av_rescale_q(ts, timeBase, MICROS));
                if (!delivered) {
                    delivered = true;
                    recording = true;
                    outages.restored(clock.instant());
                }
                lastPacketAt = clock.instant();
                if (segment != null && key && !at.isBefore(segment.start.plus(settings.segmentLength()))) {
                    closeSegment(segment, at);
                    segment = null;
                }
                if (segment == null) {
                    segment = openSegment(grabber, at);
                }
                segment.recorder.recordPacket(packet);
                segment.last = at;
            }
            if (!stopRequested.get() && source.live()) {
                lastError = "the stream stopped: no video for " + settings.timeout().toSeconds()
                        + " s or the camera closed the connection";
            }
        } catch (Exception e) {
            lastError = delivered ? StreamFailures.describe(source, e) : StreamFailures.describe(source, e,
                    Duration.ofNanos(System.nanoTime() - attemptStart), settings.timeout());
        } finally {
            recording = false;
            if (segment != null) {
                try {
                    closeSegment(segment, segment.last.plus(Duration.ofNanos(streamClock.frameIntervalMicros() * 1000)));
                } catch (Exception e) {
                    lastError = "a recording segment could not be finished: " + e.getMessage();
                }
            }
            try {
                grabber.close();
            } catch (Exception e) {
                LOG.fine(() -> "camera " + cameraId + ": closing the stream: " + source.redact(e.getMessage()));
            }
        }
        return delivered;
    }

    private Open openSegment(FFmpegFrameGrabber grabber, Instant start) throws IOException {
        Path file = store.openSegmentFile(cameraId, start);
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toString(), grabber.getImageWidth(),
                grabber.getImageHeight(), 0);
        recorder.setFormat("mpegts");
        recorder.setVideoCodec(grabber.getVideoCodec());
        recorder.setFrameRate(grabber.getFrameRate());
        try {
            recorder.start(grabber.getFormatContext());
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new IOException("cannot start a recording segment in " + file.getParent()
                    + " (disk full or not writable?): " + e.getMessage(), e);
        }
        return new Open(file, recorder, start);
    }

    private void closeSegment(Open segment, Instant end) throws IOException {
        try {
            segment.recorder.stop();
            segment.recorder.release();
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new IOException(e.getMessage(), e);
        }
        store.close(segment.file, end.isAfter(segment.start) ? end : segment.start.plusMillis(1));
        written.incrementAndGet();
        deleted.addAndGet(store.applyRetention(cameraId, settings.maxAge(), settings.maxBytes(), clock.instant()));
    }

    private static final class Open {
        final Path file;
        final FFmpegFrameRecorder recorder;
        final Instant start;
        Instant last;

        Open(Path file, FFmpegFrameRecorder recorder, Instant start) {
            this.file = file;
            this.recorder = recorder;
            this.start = start;
            this.last = start;
        }
    }

    public void stop() {
        stopRequested.set(true);
        synchronized (sleeper) {
            sleeper.notifyAll();
        }
    }

    public RecorderStatus status() {
        return new RecorderStatus(cameraId, recording, written.get(), deleted.get(), lastError, reconnects.get(),
                outages.snapshot(), finished);
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
