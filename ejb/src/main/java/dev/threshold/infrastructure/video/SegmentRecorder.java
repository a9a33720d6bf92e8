package dev.threshold.infrastructure.video;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * Records one camera by copying its encoded video packets into rolling MPEG-TS segments (no decoding, no
 * re-encoding: a few percent of a core per camera and the camera's own quality). A segment starts on a key frame, so
 * each one plays on its own; MPEG-TS because a segment cut short by a crash or power loss still plays (Matroska for
 * the codecs MPEG-TS cannot carry, such as MJPEG).
 * <p>
 * It opens its own connection to the camera rather than sharing the reader's: decoding cannot skip H.264 frames, so
 * sharing would save no decoding, and with separate connections a slow analysis can never delay the recording, nor a
 * full disk the analysis. The cost is a second RTSP session; most cameras allow several. Audio is not recorded.
 */
public final class SegmentRecorder extends ReconnectingStream<FFmpegFrameGrabber> {

    /** The video codecs MPEG-TS carries; others (MJPEG from cheap HTTP cameras) go into Matroska. */
    private static final Set<Integer> MPEG_TS_CODECS = Set.of(
            avcodec.AV_CODEC_ID_H264,
            avcodec.AV_CODEC_ID_HEVC,
            avcodec.AV_CODEC_ID_MPEG1VIDEO,
            avcodec.AV_CODEC_ID_MPEG2VIDEO,
            avcodec.AV_CODEC_ID_MPEG4);

    private final RecorderSettings settings;
    private final SegmentStore store;
    private final StreamClock streamClock;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();

    public SegmentRecorder(
            String cameraId, StreamSource source, RecorderSettings settings, SegmentStore store, Clock clock) {
        super(
                "recorder",
                FrameStore.requireCameraId(cameraId),
                source,
                clock,
                Objects.requireNonNull(settings, "recording: the settings are required")
                        .timeout(),
                settings.firstBackoff(),
                settings.maxBackoff());
        this.settings = settings;
        this.store = Objects.requireNonNull(store, "recording: the recordings folder is required");
        this.streamClock = new StreamClock(clock, source.live());
    }

    /** FFmpeg's grabber: recording copies the camera's encoded packets. */
    @Override
    FFmpegFrameGrabber open(Duration timeout, boolean rtspOverUdp) {
        return Grabbers.create(source, timeout, rtspOverUdp);
    }

    @Override
    Outcome readUntilLost(FFmpegFrameGrabber grabber, Connection connection) throws Exception {
        grabber.start();
        int video = grabber.getVideoStream();
        if (video < 0) {
            return connection.failed("not a video: the source contains no video stream");
        }
        AVStream in = grabber.getFormatContext().streams(video);
        AVRational timeBase = in.time_base();
        streamClock.restart(grabber.getFrameRate());
        Open segment = null;
        try {
            AVPacket packet;
            while (!stopRequested() && (packet = grabber.grabPacket()) != null) {
                if (packet.stream_index() != video) {
                    continue;
                }
                boolean key = Packets.key(packet);
                if (segment == null && !key) {
                    continue; // a segment must start with a picture that decodes on its own
                }
                Instant at = streamClock.captureTime(Packets.micros(Packets.decodingTime(packet), timeBase));
                connection.delivered();
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
            return connection.ended();
        } finally {
            if (segment != null) {
                try {
                    closeSegment(
                            segment, segment.last.plus(Duration.ofNanos(streamClock.frameIntervalMicros() * 1000)));
                } catch (Exception e) {
                    reportError("a recording segment could not be finished: " + e.getMessage());
                }
            }
        }
    }

    private Open openSegment(FFmpegFrameGrabber grabber, Instant start) throws IOException {
        boolean ts = MPEG_TS_CODECS.contains(grabber.getVideoCodec());
        Path file = store.openSegmentFile(cameraId, start, ts ? SegmentStore.TS : SegmentStore.MKV);
        FFmpegFrameRecorder recorder =
                new FFmpegFrameRecorder(file.toString(), grabber.getImageWidth(), grabber.getImageHeight(), 0);
        recorder.setFormat(ts ? "mpegts" : "matroska");
        recorder.setVideoCodec(grabber.getVideoCodec());
        recorder.setFrameRate(grabber.getFrameRate());
        try {
            recorder.start(grabber.getFormatContext());
        } catch (FFmpegFrameRecorder.Exception e) {
            throw new IOException(
                    "cannot start a recording segment in " + file.getParent() + " (disk full or not writable?): "
                            + e.getMessage(),
                    e);
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

    public RecorderStatus status() {
        return new RecorderStatus(
                cameraId, delivering(), written.get(), deleted.get(), lastError(), reconnects(), gaps(), finished());
    }
}
