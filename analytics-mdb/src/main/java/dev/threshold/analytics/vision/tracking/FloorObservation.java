package dev.threshold.analytics.vision.tracking;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.domain.scene.FloorPoint;

/**
 * A detection placed on the floor: where the person stands, the box it came from, the detector's score and what the
 * person in it looks like ({@link Appearance}; null when unknown, e.g. in tests that have no frames).
 */
public record FloorObservation(FloorPoint position, BoundingBox box, double score, Appearance appearance) {

    public FloorObservation(FloorPoint position, BoundingBox box, double score) {
        this(position, box, score, null);
    }
}
