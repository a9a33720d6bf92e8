package dev.threshold.analytics.vision.tracking;

import dev.threshold.analytics.vision.detection.BoundingBox;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Boxes whose feet someone nearer the camera hides. A box is placed on the floor by its bottom edge; when that edge
 * lies inside the box of another person seen in the same frame, whose own bottom is lower in the image (nearer the
 * camera), the detector saw this person only down to where the one in front covers them: their feet are somewhere
 * between the box's bottom and the bottom of the box in front. Such a box still tells who the person is and where
 * they are across the image, but not how far from the camera they stand: its foot point may lie a step back the way
 * they came, or across the door line from where they are. The tracker marks it on the track ({@link
 * Track#feetHiddenTo()}) and otherwise uses it as before; the door-line zone does not let it wipe out what the track
 * showed of the other side, and counts a track lost there with the companion who hid it. Only image rows and the
 * box's own column are compared: nothing depends on left and right, nor on where the door is.
 */
final class HiddenFeet {

    private HiddenFeet() {}

    /**
     * @param kept the frame's observations after the one-box-per-person rule (two boxes of one person never hide
     *     each other's feet: they stand on the same spot)
     * @return for each observation whose feet another hides, the image row down to which its feet may reach (the
     *     bottom of the lowest box covering them)
     */
    static Map<FloorObservation, Double> in(List<FloorObservation> kept) {
        Map<FloorObservation, Double> hidden = new IdentityHashMap<>();
        for (FloorObservation o : kept) {
            for (FloorObservation front : kept) {
                if (front != o && hides(front.box(), o.box())) {
                    hidden.merge(o, front.box().y2(), Math::max);
                }
            }
        }
        return hidden;
    }

    /**
     * Whether {@code front} covers the bottom of {@code behind}'s box, its own bottom lower in the image: any of the
     * middle half of that bottom edge, where the feet stand (a box's centre column is only where the detector put it,
     * and two boxes that meet at a person's feet would otherwise hide them or not by a pixel).
     */
    static boolean hides(BoundingBox front, BoundingBox behind) {
        if (front == null || behind == null) {
            return false;
        }
        double x = behind.bottomCentre().x(), feet = behind.width() / 4, bottom = behind.y2();
        return front.y2() > bottom && front.y1() < bottom && front.x1() < x + feet && x - feet < front.x2();
    }
}
