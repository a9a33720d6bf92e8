package dev.threshold.analytics.vision.tracking;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.domain.scene.FloorPoint;

/** A detection placed on the floor: where the person stands, the box it came from and the detector's score. */
public record FloorObservation(FloorPoint position, BoundingBox box, double score) {
}
