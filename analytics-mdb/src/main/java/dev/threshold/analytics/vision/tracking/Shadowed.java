package dev.threshold.analytics.vision.tracking;

/** An observation dropped as a second box of someone, and the stronger observation it was taken to duplicate. */
record Shadowed(FloorObservation box, FloorObservation by) {}
