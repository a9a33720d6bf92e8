package dev.threshold.application.camera;

import dev.threshold.infrastructure.video.CapturedFrame;
import dev.threshold.infrastructure.video.FrameStore;
import dev.threshold.infrastructure.video.JpegCodec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The frames the camera readers stored for the analysis, read back as packed BGR pixels. */
@ApplicationScoped
public class StoredFrames {

    /** A stored frame's pixels: packed BGR, {@code width × height × 3} bytes. */
    public record Pixels(int width, int height, byte[] bgr) {}

    @Inject
    FrameStore frameStore;

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
