package dev.threshold.application.camera;

import dev.threshold.infrastructure.video.CapturedFrame;
import dev.threshold.infrastructure.video.FrameStore;
import dev.threshold.infrastructure.video.JpegCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** The frames the camera readers stored for the analysis, read back as packed BGR pixels. */
@ApplicationScoped
public class StoredFrames {

    /** A stored frame's pixels: packed BGR, {@code width × height × 3} bytes. */
    public record Pixels(int width, int height, byte[] bgr) {}

    @Inject
    FrameStore frameStore;

    /** Packed BGR pixels as the frame store keeps them: a JPEG at its quality. */
    public static byte[] jpeg(int width, int height, byte[] bgr) {
        return JpegCodec.encode(bgr, width, height, JpegCodec.DEFAULT_QUALITY);
    }

    /** Pixels as the analysis reads them after the frame store: a JPEG at its quality, decoded again. */
    public static Pixels throughJpeg(int width, int height, byte[] bgr) {
        CapturedFrame decoded = JpegCodec.decode("replay", Instant.EPOCH, jpeg(width, height, bgr));
        return new Pixels(decoded.width(), decoded.height(), decoded.bgr());
    }

    /** @throws UncheckedIOException when the frame is gone from the frame store */
    public Pixels decoded(FrameToAnalyse frame) {
        byte[] jpeg;
        try {
            jpeg = frameStore.read(frame.frameRef());
        } catch (IOException e) {
            throw new UncheckedIOException("frame " + frame.frameRef() + " is gone from the frame store", e);
        }
        CapturedFrame decoded = JpegCodec.decode(frame.cameraId(), frame.capturedAt(), jpeg);
        return new Pixels(decoded.width(), decoded.height(), decoded.bgr());
    }
}
