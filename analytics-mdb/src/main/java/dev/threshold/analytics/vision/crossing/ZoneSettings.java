package dev.threshold.analytics.vision.crossing;

/**
 * How firmly a person must stand on a side of the door before that side counts; distances in metres on the floor and
 * times in seconds, so that they mean the same on every camera, at every frame rate and resolution.
 *
 * @param settleMeters     a foot point counts for a side only this far beyond the line: closer, feet jitter across it
 * @param passageMeters    a passage spans at least this much depth, from the deepest point on the side left to the
 *                         deepest on the side reached: someone walking along the threshold, feet either side of it,
 *                         never does (a real passage is counted once the new side is that deep)
 * @param settleSeconds    how long a track must stay beyond {@code settleMeters} on the new side, in consecutive
 *                         detections, before that side counts (Frigate's zone inertia, as a time)
 * @param minDetections    and in at least this many detections, so that one frame never settles a side
 * @param endMarginMeters  how far beyond the door's ends a passage still counts; walking past the door does not
 * @param maxStepMeters    largest jump of the foot point across the line, beyond walking speed, that is still one
 *                         person (foot points jitter); a larger one is a track that took over someone else
 */
public record ZoneSettings(
        double settleMeters,
        double passageMeters,
        double settleSeconds,
        int minDetections,
        double endMarginMeters,
        double maxStepMeters) {

    public ZoneSettings {
        if (minDetections < 1) {
            throw new IllegalArgumentException("a side needs at least 1 detection, not " + minDetections);
        }
        if (settleMeters < 0 || settleSeconds < 0) {
            throw new IllegalArgumentException("settle distance and time cannot be negative");
        }
    }

    /** The same settling in metres and seconds at every rate; the rate only bounds how few frames that can be. */
    public static ZoneSettings forFrameRate(double fps) {
        return defaults();
    }

    public static ZoneSettings defaults() {
        return new ZoneSettings(0.1, 0.6, 0.15, 2, 0.4, 0.6);
    }
}
