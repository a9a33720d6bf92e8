package dev.threshold.analytics.vision.replay;

import dev.threshold.analytics.vision.detection.VideoFrame;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes a clip frame by frame into BGR frames stamped with index ÷ nominal fps: container timestamps are not trusted
 * (the CAVIAR MPEG-1 files carry broken ones). At a lower analysis rate it keeps the frames a camera reader would keep
 * (the first frame of every 1 ÷ rate seconds), and skips the pixel conversion of the others.
 */
public final class ClipFrames {

    private ClipFrames() {}

    /** @return the number of frames decoded */
    public static long forEach(Path clip, double fps, Consumer<VideoFrame> sink) {
        return forEach(clip, fps, fps, sink);
    }

    /**
     * @param rate analysis rate in frames per second; at or above {@code fps} every frame is kept
     * @return the number of frames handed to the sink
     */
    public static long forEach(Path clip, double fps, double rate, Consumer<VideoFrame> sink) {
        return forEach(clip, fps, rate, 0, sink);
    }

    /**
     * @param phase frames decoded and not analysed before the first kept one: the same clip sampled at the same rate
     *              from another starting frame, as a camera reader that started a moment later would (a counter must
     *              not depend on which frames of a walk it is shown)
     * @return the number of frames handed to the sink
     */
    public static long forEach(Path clip, double fps, double rate, int phase, Consumer<VideoFrame> sink) {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
            grabber.start();
            long index = 0, kept = 0, slot = -1;
            while (true) {
                long frameSlot = index < phase
                        ? -1
                        : rate >= fps ? index : (long) Math.floor((index - phase) / fps * rate + 1e-9);
                boolean keep = frameSlot != slot;
                Frame frame = grabber.grabFrame(false, true, keep, false, false);
                if (frame == null) {
                    break;
                }
                if (keep) {
                    slot = frameSlot;
                    Instant at = Instant.EPOCH.plus(Duration.ofNanos(Math.round(index / fps * 1e9)));
                    sink.accept(new VideoFrame(frame.imageWidth, frame.imageHeight, packedBgr(frame), at));
                    kept++;
                }
                index++;
            }
            grabber.stop();
            return kept;
        } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException("cannot decode " + clip + ": " + e.getMessage(), e);
        }
    }

    private static byte[] packedBgr(Frame frame) {
        int w = frame.imageWidth, h = frame.imageHeight, rowBytes = w * 3;
        byte[] out = new byte[rowBytes * h];
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        for (int y = 0; y < h; y++) {
            buffer.get(y * stride, out, y * rowBytes, rowBytes);
        }
        return out;
    }
}
