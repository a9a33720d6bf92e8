package dev.threshold.analytics.vision.detection;

/** A person found in a frame: where, in frame pixels, and how sure the detector is (0..1). */
public record PersonDetection(BoundingBox box, double score) {}
