package dev.threshold.analytics.vision.pipeline;

import dev.threshold.analytics.vision.crossing.ZoneSettings;
import dev.threshold.analytics.vision.tracking.TrackerSettings;

/**
 * @param motionGated       skip the detector while nothing moves near the door (its last findings stand)
 * @param maxSkipSeconds    run the detector at least this often even in a still scene, to catch a change too slow
 *                          for the motion gate; long enough that a still scene costs a twentieth of a busy one at 5 fps
 */
public record PipelineSettings(TrackerSettings tracker, ZoneSettings zone, boolean motionGated, double maxSkipSeconds) {

    public static PipelineSettings forFrameRate(double fps) {
        return new PipelineSettings(TrackerSettings.defaults(), ZoneSettings.forFrameRate(fps), true, 10.0);
    }

    public PipelineSettings withMotionGated(boolean v) {
        return new PipelineSettings(tracker, zone, v, maxSkipSeconds);
    }
}
