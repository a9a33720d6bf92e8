package dev.threshold.analytics.vision.detection;

import java.time.Instant;

/**
 * One decoded frame: packed BGR bytes, row after row with no padding, and the time the camera captured it.
 * The bytes are not copied; a frame is handed on, not shared while it is being written.
 */
public record VideoFrame(int width, int height, byte[] bgr, Instant capturedAt) {

    public VideoFrame {
        if (width < 1 || height < 1 || bgr.length != width * height * 3) {
            throw new IllegalArgumentException("a " + width + "×" + height + " BGR frame needs " + (width * height * 3)
                    + " bytes, not " + bgr.length);
        }
    }
}
