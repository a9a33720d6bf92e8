package dev.threshold.analytics.vision.crossing;

/**
 * @param inertiaFrames    detected frames a track must hold a side before that side counts (Frigate's zone inertia)
 * @param deadbandMeters   positions closer than this to the line belong to neither side: feet jitter across it
 * @param endMarginMeters  how far beyond the door's ends a passage still counts; walking past the door does not
 * @param maxStepMeters    largest jump of the foot point across the line, beyond walking speed, that is still one
 *                         person (foot points jitter); a larger one is a track that took over someone else
 */
public record ZoneSettings(int inertiaFrames, double deadbandMeters, double endMarginMeters, double maxStepMeters) {

    public ZoneSettings {
        if (inertiaFrames < 1) {
            throw new IllegalArgumentException("inertia must be at least 1 frame, not " + inertiaFrames);
        }
    }

    /** Inertia of about a fifth of a second, at least two frames, whatever the frame rate. */
    public static ZoneSettings forFrameRate(double fps) {
        return new ZoneSettings(Math.max(2, (int) Math.round(fps * 0.2)), 0.1, 0.4, 0.6);
    }
}
