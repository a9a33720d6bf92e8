package dev.threshold.analytics.vision.tracking;

import dev.threshold.analytics.vision.detection.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Which live tracks could own a box at all: a track whose last box the new one continues in the image (they share
 * most of the narrower one's columns: the same body, even when hidden feet cut the box short and moved its foot point
 * across the floor, which shifts a box up and down the image, not sideways), or
 * whose reach on the floor takes in the box's foot point (its gate, plus a brisk walk for the time it went unseen).
 * Only these are rivals when a box is weighed for a track by what it looks like: a person standing metres away,
 * seen a moment ago, cannot be the box's owner however alike two dark coats look.
 */
final class Owners {

    /** Share of the narrower box's columns the other must share for it to continue the same body in the image. */
    static final double SAME_BODY = 0.5;

    private Owners() {}

    /**
     * @param reach how far from its prediction each track may be now, in metres
     * @return the tracks that could own the observation, in the order given
     */
    static List<Track> of(FloorObservation o, List<Track> tracks, double time, ToDoubleFunction<Track> reach) {
        List<Track> owners = new ArrayList<>();
        for (Track t : tracks) {
            if (continues(o.box(), t.box()) || t.predictedAt(time).distanceTo(o.position()) <= reach.applyAsDouble(t)) {
                owners.add(t);
            }
        }
        return owners;
    }

    /** Whether the two boxes share most of the narrower one's columns: the same body in the image. */
    static boolean continues(BoundingBox a, BoundingBox b) {
        if (a == null || b == null) {
            return false;
        }
        double narrower = Math.min(a.width(), b.width());
        double shared = Math.min(a.x2(), b.x2()) - Math.max(a.x1(), b.x1());
        return narrower > 0 && shared >= SAME_BODY * narrower;
    }

    static boolean overlap(BoundingBox a, BoundingBox b) {
        return a != null && b != null && intersection(a, b) > 0;
    }

    private static double intersection(BoundingBox a, BoundingBox b) {
        double w = Math.min(a.x2(), b.x2()) - Math.max(a.x1(), b.x1());
        double h = Math.min(a.y2(), b.y2()) - Math.max(a.y1(), b.y1());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }
}
