package dev.threshold.infrastructure.video;

import java.time.Instant;
import java.util.Objects;

/** A stored frame as JPEG bytes with the time it was captured: a part of the live view's stream. */
public record StoredJpeg(Instant capturedAt, byte[] jpeg) {

    public StoredJpeg {
        Objects.requireNonNull(capturedAt, "stored frame: the capture time is required");
        Objects.requireNonNull(jpeg, "stored frame: the JPEG bytes are required");
    }
}
