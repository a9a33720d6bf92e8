package dev.threshold.infrastructure.video;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Cuts what a camera recorded between two instants into an MP4 a browser plays (H.264, index at the front), and
 * single frames as JPEG. H.264 recordings are copied packet by packet (fast, no quality loss), starting at the key
 * frame at or before the requested start; anything else (MPEG-1, MJPEG, H.265 which browsers do not all play) is
 * re-encoded to H.264. An outage inside the range stays a jump in time in the clip, never invented frames.
 */
public final class ClipCutter {

    /** Longer clips are refused: a request for a day of video would hold a thread for minutes. */
    public static final Duration MAX_CLIP = Duration.ofMinutes(30);

    private final SegmentStore store;
    private final Clock clock;

    public ClipCutter(SegmentStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "clips: the recordings folder is required");
        this.clock = Objects.requireNonNull(clock, "clips: the clock is required");
    }

    public Clip cut(String cameraId, Instant from, Instant to, Path out) throws NoRecordingException {
        Objects.requireNonNull(from, "clip: the start is required");
        Objects.requireNonNull(to, "clip: the end is required");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("clip: the end " + to + " is not after the start " + from);
        }
        if (Duration.between(from, to).compareTo(MAX_CLIP) > 0) {
            throw new IllegalArgumentException("clip: at most " + MAX_CLIP.toMinutes() + " minutes can be cut at once");
        }
        List<Segment> segments = covering(cameraId, from, to);
        try {
            if (codecOf(segments.get(0)) == avcodec.AV_CODEC_ID_H264) {
                return remux(segments, from, to, out);
            }
            return reencode(segments, from, to, out);
        } catch (FrameGrabber.Exception | FrameRecorder.Exception e) {
            throw new IllegalStateException(
                    "clip of camera " + cameraId + " from " + from + " to " + to + " could not be written to " + out
                            + ": " + e.getMessage(),
                    e);
        }
    }

    /** The frame nearest to {@code at}, as JPEG. */
    public byte[] snapshot(String cameraId, Instant at) throws NoRecordingException {
        // The segment holding the instant, or within a second of it (the last frame before an outage).
        List<Segment> candidates = covering(cameraId, at.minusSeconds(1), at.plusSeconds(1));
        Segment segment = candidates.stream()
                .filter(s -> !s.start().isAfter(at))
                .reduce((a, b) -> b)
                .orElse(candidates.get(0));
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(segment.file().toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
            grabber.start();
            long interval = Math.round(1e6 / (grabber.getFrameRate() > 0 ? grabber.getFrameRate() : 25));
            long first = Long.MIN_VALUE;
            byte[] best = null;
            long bestDistance = Long.MAX_VALUE;
            int w = 0, h = 0;
            long target = Long.MAX_VALUE;
            long previous = Long.MIN_VALUE;
            while (true) {
                // Convert to pixels only the frames next to the wanted instant.
                boolean near = previous == Long.MIN_VALUE || previous + 2 * interval >= target;
                Frame frame = grabber.grabFrame(false, true, near, false, false);
                if (frame == null) {
                    break;
                }
                long ts = grabber.getTimestamp();
                if (first == Long.MIN_VALUE) {
                    first = ts;
                    target = first + micros(Duration.between(segment.start(), at));
                }
                previous = ts;
                if (!near || frame.image == null) {
                    continue;
                }
                long distance = Math.abs(ts - target);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = CameraReader.packedBgr(frame);
                    w = frame.imageWidth;
                    h = frame.imageHeight;
                } else if (ts > target) {
                    break;
                }
            }
            if (best == null) {
                throw new NoRecordingException("no decodable frame of camera " + cameraId + " near " + at);
            }
            return JpegCodec.encode(best, w, h, 90);
        } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException(
                    "snapshot of camera " + cameraId + " at " + at + ": the recording "
                            + segment.file().getFileName() + " could not be read: " + e.getMessage(),
                    e);
        }
    }

    private List<Segment> covering(String cameraId, Instant from, Instant to) throws NoRecordingException {
        Instant now = clock.instant();
        List<Segment> all = store.segments(cameraId);
        List<Segment> found = new ArrayList<>();
        for (Segment segment : all) {
            if (segment.overlaps(from, to, now)) {
                found.add(segment);
            }
        }
        if (found.isEmpty()) {
            String kept = all.isEmpty()
                    ? "there is no recording of this camera at all"
                    : "recordings kept span " + all.get(0).start() + " to "
                            + (all.get(all.size() - 1).end() == null
                                    ? "now"
                                    : all.get(all.size() - 1).end());
            throw new NoRecordingException("no recording of camera " + cameraId + " between " + from + " and " + to
                    + " (the camera was offline, or the recording was deleted by retention); " + kept);
        }
        return found;
    }

    private static int codecOf(Segment segment) throws FrameGrabber.Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(segment.file().toFile())) {
            grabber.start();
            return grabber.getVideoCodec();
        }
    }

    private Clip remux(List<Segment> segments, Instant from, Instant to, Path out)
            throws FrameGrabber.Exception, FrameRecorder.Exception, NoRecordingException {
        List<SegmentPackets> opened = new ArrayList<>();
        FFmpegFrameRecorder recorder = null;
        try {
            Segment firstSegment = segments.get(0);
            long startKeyMicros = keyFrameAtOrBefore(firstSegment, from);
            Instant clipStart = null;
            Instant clipEnd = null;
            for (Segment segment : segments) {
                SegmentPackets in = new SegmentPackets(segment);
                opened.add(in); // the recorder reads the first one's stream description until it stops
                if (recorder == null) {
                    recorder = mp4(in.grabber, out);
                    // MPEG-TS labels H.264 with its own stream type; MP4 refuses that tag and must choose its own.
                    in.stream().codecpar().codec_tag(0);
                    recorder.start(in.grabber.getFormatContext());
                }
                boolean writing = segment != firstSegment;
                AVPacket packet;
                while ((packet = in.next()) != null) {
                    if (!writing) {
                        if (in.offsetMicros < startKeyMicros) {
                            continue;
                        }
                        writing = true;
                    }
                    Instant at = segment.start().plus(Duration.ofNanos(in.offsetMicros * 1000));
                    if (at.isAfter(to)) {
                        break;
                    }
                    if (clipStart == null) {
                        clipStart = at;
                    }
                    // Timestamps of the clip count from its first frame, in the segments' time base, across segments
                    // (each of which starts its own counter after a reconnection).
                    long shift = Packets.fromMicros(micros(Duration.between(clipStart, segment.start())), in.timeBase)
                            - in.firstDts;
                    long pts = Packets.presentationTime(packet);
                    packet.dts(Packets.decodingTime(packet) + shift);
                    packet.pts(pts + shift);
                    packet.stream_index(opened.get(0).video);
                    recorder.recordPacket(packet);
                    clipEnd = at;
                }
            }
            return finish(recorder, new Clip(out, clipStart, clipEnd, false), from, to);
        } finally {
            if (recorder != null) {
                recorder.release();
            }
            for (SegmentPackets in : opened) {
                in.close();
            }
        }
    }

    /** Microseconds from the segment's start to its last key frame at or before {@code from} (0 if from precedes it). */
    private static long keyFrameAtOrBefore(Segment segment, Instant from) throws FrameGrabber.Exception {
        long wanted = micros(Duration.between(segment.start(), from));
        long key = 0;
        try (SegmentPackets in = new SegmentPackets(segment)) {
            AVPacket packet;
            while ((packet = in.next()) != null && in.offsetMicros <= wanted) {
                if (Packets.key(packet)) {
                    key = in.offsetMicros;
                }
            }
        }
        return key;
    }

    /** An H.264 MP4 of the segments' size and rate with its index at the front, for a browser; not yet started. */
    private static FFmpegFrameRecorder mp4(FFmpegFrameGrabber source, Path out) {
        return mp4(out, source.getImageWidth(), source.getImageHeight(), source.getFrameRate());
    }

    private static FFmpegFrameRecorder mp4(Path out, int width, int height, double fps) {
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(out.toFile(), width, height, 0);
        recorder.setFormat("mp4");
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        recorder.setFrameRate(fps > 0 ? fps : 25);
        recorder.setOption("movflags", "+faststart");
        return recorder;
    }

    /** An H.264 MP4 a browser plays, for pictures encoded anew (not copied); not yet started. */
    public static FFmpegFrameRecorder encodingMp4(Path out, int width, int height, double fps) {
        FFmpegFrameRecorder recorder = mp4(out, width, height, fps);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setVideoQuality(23);
        return recorder;
    }

    private Clip reencode(List<Segment> segments, Instant from, Instant to, Path out)
            throws FrameGrabber.Exception, FrameRecorder.Exception, NoRecordingException {
        FFmpegFrameRecorder recorder = null;
        Instant clipStart = null;
        Instant clipEnd = null;
        try {
            for (Segment segment : segments) {
                try (FFmpegFrameGrabber grabber =
                        new FFmpegFrameGrabber(segment.file().toFile())) {
                    grabber.start();
                    if (recorder == null) {
                        recorder = encodingMp4(
                                out, grabber.getImageWidth(), grabber.getImageHeight(), grabber.getFrameRate());
                        recorder.start();
                    }
                    double fps = grabber.getFrameRate() > 0 ? grabber.getFrameRate() : 25;
                    long index = 0;
                    Frame frame;
                    while ((frame = grabber.grabImage()) != null) {
                        // Frame count / rate, not container timestamps: MPEG-1 recordings carry broken ones.
                        Instant at = segment.start().plus(Duration.ofNanos(Math.round(index++ / fps * 1e9)));
                        if (at.isBefore(from)) {
                            continue;
                        }
                        if (at.isAfter(to)) {
                            break;
                        }
                        if (clipStart == null) {
                            clipStart = at;
                        }
                        long t = micros(Duration.between(clipStart, at));
                        if (t > recorder.getTimestamp() || clipEnd == null) {
                            recorder.setTimestamp(t);
                        }
                        recorder.record(frame);
                        clipEnd = at;
                    }
                }
            }
            return finish(recorder, new Clip(out, clipStart, clipEnd, true), from, to);
        } finally {
            if (recorder != null) {
                recorder.release();
            }
        }
    }

    /** Ends the clip's file, unless nothing was written into it. */
    private static Clip finish(FFmpegFrameRecorder recorder, Clip clip, Instant from, Instant to)
            throws FrameRecorder.Exception, NoRecordingException {
        if (clip.start() == null) {
            throw new NoRecordingException("the recording holds no video between " + from + " and " + to);
        }
        recorder.stop();
        return clip;
    }

    private static long micros(Duration d) {
        return d.toNanos() / 1000;
    }
}
