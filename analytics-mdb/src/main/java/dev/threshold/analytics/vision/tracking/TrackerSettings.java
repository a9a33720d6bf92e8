package dev.threshold.analytics.vision.tracking;

/**
 * @param gateMeters        farthest an observation may be from a track's predicted position to continue it; under the
 *                          spacing of two people walking side by side keeps them apart
 * @param gatePerSecond     extra gate per second a track went unseen beyond 0.1 s, as its prediction grows less sure
 * @param maxCoastSeconds   how long a track survives unseen (occlusions, missed detections)
 * @param minHits           detections in a row before a track is confirmed; a single false box never becomes a person
 * @param positionSmoothing weight of a new observation against the prediction at 25 fps (1 = trust the detector
 *                          fully); at a lower frame rate each frame weighs more, for the same time constant, so a
 *                          track follows a person as fast at 5 fps as at 25 fps (the tracker learns the rate)
 * @param personRadius      two observations whose floor points are closer than this are one person seen twice (a
 *                          second, taller or shifted box, which JPEG artefacts make more frequent); people walking
 *                          side by side stand farther apart (0.55 m and more between their feet)
 */
public record TrackerSettings(
        double gateMeters,
        double gatePerSecond,
        double maxCoastSeconds,
        int minHits,
        double positionSmoothing,
        double personRadius) {

    public static TrackerSettings defaults() {
        return new TrackerSettings(0.9, 0.5, 1.0, 2, 0.7, 0.45);
    }
}
