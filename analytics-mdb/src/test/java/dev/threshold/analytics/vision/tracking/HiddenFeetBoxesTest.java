package dev.threshold.analytics.vision.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.domain.scene.FloorPoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which boxes someone nearer the camera hides the feet of: the boxes are a compressed CAVIAR frame's, where someone
 * standing inside was framed down to the legs of a person walking out in front of them, whose box ends half a pixel
 * short of that box's centre column. The feet stand across the middle of a box's bottom, not on one pixel.
 */
class HiddenFeetBoxesTest {

    /** The one walking out, nearer the camera: their box reaches lower in the image. */
    private static final BoundingBox IN_FRONT = new BoundingBox(208, 65, 240, 158);

    private static FloorObservation at(BoundingBox box) {
        return new FloorObservation(new FloorPoint(box.x1() / 10, box.y2() / 10), box, 0.7);
    }

    @Test
    void aBoxWhoseBottomMiddleSomeoneInFrontCoversHasItsFeetHidden() {
        FloorObservation behind = at(new BoundingBox(228, 68, 253, 146));
        Map<FloorObservation, Double> hidden = HiddenFeet.in(List.of(at(IN_FRONT), behind));
        assertEquals(158, hidden.get(behind), "hidden down to the bottom of the box in front");
    }

    @Test
    void aBoxTouchedOnlyAtItsOuterEdgeShowsItsFeet() {
        // The box in front ends 2 px into this one, outside the middle half of its bottom (234.25 to 246.75).
        FloorObservation beside = at(new BoundingBox(228, 68, 253, 146));
        FloorObservation front = at(new BoundingBox(200, 65, 230, 158));
        assertFalse(HiddenFeet.in(List.of(front, beside)).containsKey(beside));
    }

    @Test
    void someoneFartherBackHidesNobodysFeet() {
        FloorObservation nearer = at(new BoundingBox(228, 68, 253, 160));
        assertFalse(HiddenFeet.in(List.of(at(IN_FRONT), nearer)).containsKey(nearer));
    }
}
