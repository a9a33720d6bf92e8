package dev.threshold.domain.window;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A person counted walking in through the door ("in" crossing) on one of its cameras.
 *
 * @param confidence how sure the camera's counting was of this crossing, in [0, 1]; merged over the cameras that saw
 *                   the same person, the surest one's
 */
public record Entry(UUID crossingId, UUID cameraId, Instant at, double confidence) {

    public Entry {
        Objects.requireNonNull(at, "at");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("an entry's confidence is between 0 and 1, not " + confidence);
        }
    }

    /** An entry nobody doubts (a count from elsewhere than a camera's confidence, e.g. the accuracy harness). */
    public Entry(UUID crossingId, UUID cameraId, Instant at) {
        this(crossingId, cameraId, at, 1);
    }

    /** The same person, with the confidence of another camera that saw them if it was surer. */
    Entry seenSurerBy(Entry other) {
        return other.confidence > confidence ? new Entry(crossingId, cameraId, at, other.confidence) : this;
    }

    public boolean doubtful(LowConfidence low) {
        return low.isLow(confidence);
    }
}
