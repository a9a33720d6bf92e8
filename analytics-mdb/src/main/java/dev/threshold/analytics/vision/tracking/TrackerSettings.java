package dev.threshold.analytics.vision.tracking;

/**
 * @param gateMeters        farthest an observation may be from a track's predicted position to continue it; under the
 *                          spacing of two people walking side by side keeps them apart
 * @param gatePerSecond     extra gate per second a track went unseen, as its prediction grows less sure
 * @param maxCoastSeconds   how long a track survives unseen (occlusions, missed detections)
 * @param minHits           detections in a row before a track is confirmed; a single false box never becomes a person
 * @param positionSmoothing weight of a new observation against the prediction (1 = trust the detector fully)
 * @param personRadius      two observations whose floor points are closer than this are one person seen twice (a
 *                          second, taller or shifted box); people walking side by side stand farther apart
 */
public record TrackerSettings(double gateMeters, double gatePerSecond, double maxCoastSeconds, int minHits,
                              double positionSmoothing, double personRadius) {

    public static TrackerSettings defaults() {
        return new TrackerSettings(0.9, 0.5, 1.0, 2, 0.7, 0.4);
    }
}
