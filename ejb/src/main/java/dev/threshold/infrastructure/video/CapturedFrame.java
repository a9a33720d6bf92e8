package dev.threshold.infrastructure.video;

import java.time.Instant;
import java.util.Objects;

/**
 * A frame kept for analysis: packed BGR pixels (3 bytes a pixel, no row padding) and the time this server assigns to
 * its capture. A copy: the decoder reuses its own buffer for the next frame.
 */
public record CapturedFrame(String cameraId, Instant capturedAt, int width, int height, byte[] bgr) {

    public CapturedFrame {
        Objects.requireNonNull(cameraId, "frame: the camera id is required");
        Objects.requireNonNull(capturedAt, "frame: the capture time is required");
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame: the size must be positive, not " + width + "x" + height);
        }
        if (bgr == null || bgr.length != width * height * 3) {
            throw new IllegalArgumentException(
                    "frame: expected " + width * height * 3 + " bytes of BGR pixels for " + width + "x" + height);
        }
    }

    @Override
    public String toString() {
        return "CapturedFrame[" + cameraId + " " + capturedAt + " " + width + "x" + height + "]";
    }
}
