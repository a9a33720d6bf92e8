package dev.threshold.analytics.vision.crossing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.ImagePoint;
import org.junit.jupiter.api.Test;

class DoorFrameTest {

    private final DoorFrame door = new DoorFrame(Corridor.SCENE.geometry());
    private final DoorFrame reversed =
            new DoorFrame(ImageWalks.lineReversed(Corridor.SCENE).geometry());

    @Test
    void depthIsPositiveInsideWhicheverWayTheLineWasDrawn() {
        // the corridor's inside is y < 5 m; the door runs from x 2 m to 8 m
        assertEquals(1.0, door.depth(new FloorPoint(5, 4)), 1e-9);
        assertEquals(-2.0, door.depth(new FloorPoint(3, 7)), 1e-9);
        assertEquals(door.depth(new FloorPoint(3, 7)), reversed.depth(new FloorPoint(3, 7)), 1e-9);
    }

    @Test
    void offsetIsMeasuredFromTheMiddleWithoutASign() {
        assertEquals(3.0, door.halfWidth(), 1e-9);
        assertEquals(2.0, door.offset(new FloorPoint(3, 5)), 1e-9);
        assertEquals(2.0, door.offset(new FloorPoint(7, 5)), 1e-9);
        assertEquals(door.offset(new FloorPoint(7.5, 2)), reversed.offset(new FloorPoint(7.5, 2)), 1e-9);
    }

    @Test
    void aStepPassesThroughTheDoorOnlyWithinItsEndsAndMargin() {
        assertTrue(door.passesThrough(new FloorPoint(5, 6), new FloorPoint(5, 4), 0.4));
        assertTrue(door.passesThrough(new FloorPoint(8.3, 6), new FloorPoint(8.3, 4), 0.4));
        assertFalse(door.passesThrough(new FloorPoint(9, 6), new FloorPoint(9, 4), 0.4));
        assertFalse(door.passesThrough(new FloorPoint(5, 6), new FloorPoint(6, 5.5), 0.4), "same side");
    }

    @Test
    void aMirroredSceneMeasuresTheMirroredPointTheSame() {
        var g = MirrorInvarianceTest.LOPSIDED.geometry();
        var m = ImageWalks.mirrored(MirrorInvarianceTest.LOPSIDED).geometry();
        DoorFrame original = new DoorFrame(g), mirrored = new DoorFrame(m);
        for (ImagePoint p :
                new ImagePoint[] {new ImagePoint(100, 350), new ImagePoint(400, 200), new ImagePoint(250, 290)}) {
            ImagePoint q = ImageWalks.mirror(640).apply(p);
            assertEquals(original.depth(g.toFloor(p)), mirrored.depth(m.toFloor(q)), 1e-6);
            assertEquals(original.offset(g.toFloor(p)), mirrored.offset(m.toFloor(q)), 1e-6);
        }
    }
}
