package dev.threshold.bench;

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
 * (the CAVIAR MPEG-1 files carry broken ones).
 */
public final class ClipFrames {

    private ClipFrames() {
    }

    /** @return the number of frames decoded */
    public static long forEach(Path clip, double fps, Consumer<VideoFrame> sink) {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(clip.toFile())) {
            grabber.setPixelFormat(avutil.AV_PIX_FMT_BGR24);
            grabber.start();
            long index = 0;
            Frame frame;
            while ((frame = grabber.grabImage()) != null) {
                Instant at = Instant.EPOCH.plus(Duration.ofNanos(Math.round(index / fps * 1e9)));
                sink.accept(new VideoFrame(frame.imageWidth, frame.imageHeight, packedBgr(frame), at));
                index++;
            }
            grabber.stop();
            return index;
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
