package dev.threshold.analytics.vision.tracking;

import dev.threshold.analytics.vision.detection.BoundingBox;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ToDoubleFunction;

/**
 * A second chance for boxes that the one-box-per-person rule dropped. Two people walking side by side, one half hidden
 * behind the other, stand less than a person's radius apart on the floor for a frame or two: the hidden one's box is
 * then taken for a second box of the one in front and dropped, and their track loses the only detection that shows
 * them past the door. Such a box goes back to a confirmed track that got no box this frame, when it lies within that
 * track's gate and looks like that track's own last box more than like the box that outweighed it (more overlap in
 * the image). It never starts a track and never takes a box a track already has, so a person seen twice still makes
 * one track; and a track takes such a box for one frame only, until the detector gives it an ordinary one again: the
 * detector often frames one person twice in a row, and a track split off them would live on such boxes, beside them,
 * and cross the door with them (a second exit for one person). A hidden companion needs only the one frame.
 */
final class ShadowedBoxes {

    /**
     * Only at low frame rates (the server analyses 5 a second): there one dropped box is a fifth of a second of
     * someone's way, maybe the only frame that shows them past the door. At 25 fps the frames either side show the
     * same, and the detector's second boxes of one person, many more of them, would keep split tracks alive.
     */
    static final double MIN_INTERVAL = 0.15;

    private ShadowedBoxes() {}

    /**
     * @param time    this frame's time
     * @param matched tracks that got a box this frame; those given a shadowed box here are added to it
     * @param gate    how far from its prediction each track may take a box now
     * @param observe continues a track with a box
     */
    static void giveToTheirOwnTracks(
            List<Shadowed> shadowed,
            List<Track> tracks,
            List<Track> matched,
            double time,
            ToDoubleFunction<Track> gate,
            BiConsumer<Track, FloorObservation> observe) {
        if (shadowed.isEmpty()) {
            return;
        }
        for (Shadowed s : shadowed) {
            Track best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            for (Track t : tracks) {
                if (!t.confirmed()
                        || t.lastBoxWasShadowed()
                        || matched.contains(t)
                        || t.box() == null
                        || s.box().box() == null
                        || !t.mayTake(s.box().box())) {
                    continue;
                }
                double d = t.predictedAt(time).distanceTo(s.box().position());
                if (d > gate.applyAsDouble(t)
                        || overlap(s.box().box(), t.box()) <= overlap(s.box().box(), s.by().box())) {
                    continue;
                }
                if (d < bestCost) {
                    bestCost = d;
                    best = t;
                }
            }
            if (best != null) {
                observe.accept(best, s.box());
                best.shadowedBoxTaken();
                matched.add(best);
            }
        }
    }

    private static double overlap(BoundingBox a, BoundingBox b) {
        return b == null ? 0 : a.iou(b);
    }
}
