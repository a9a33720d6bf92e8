package dev.threshold.domain.window;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A person counted walking in through the door ("in" crossing) on one of its cameras. */
public record Entry(UUID crossingId, UUID cameraId, Instant at) {

    public Entry {
        Objects.requireNonNull(at, "at");
    }
}
