package dev.threshold.domain.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FloorGeometryTest {

    private final FloorGeometry caviar = SceneJson.parse(SceneJsonTest.CAVIAR).geometry();

    @Test
    void floorCornersMapToTheFloorsSizeInMetres() {
        assertFloor(0, 0, caviar.toFloor(new ImagePoint(20, 149)));
        assertFloor(12, 0, caviar.toFloor(new ImagePoint(375, 149)));
        assertFloor(12, 3, caviar.toFloor(new ImagePoint(380, 200)));
        assertFloor(0, 3, caviar.toFloor(new ImagePoint(10, 200)));
        ImagePoint back = caviar.toImage(caviar.toFloor(new ImagePoint(200, 170)));
        assertEquals(200, back.x(), 1e-6);
        assertEquals(170, back.y(), 1e-6);
    }

    @Test
    void doorSideIsPositiveInsideAndMeasuredInMetres() {
        // The shop (inside) is beyond the far edge; the mall is the floor in front of it.
        assertTrue(caviar.signedDoorDistance(caviar.toFloor(new ImagePoint(200, 130))) > 0);
        double outside = caviar.signedDoorDistance(caviar.toFloor(new ImagePoint(200, 200)));
        assertEquals(-3.0, outside, 0.05); // the near edge is the floor's depth away from a line on the far edge
        assertEquals(0, caviar.signedDoorDistance(caviar.toFloor(new ImagePoint(200, 149))), 1e-6);
    }

    @Test
    void alongDoorTellsTheDoorFromItsExtension() {
        assertTrue(caviar.alongDoor(caviar.toFloor(new ImagePoint(200, 149))) > 0.3);
        assertTrue(caviar.alongDoor(caviar.toFloor(new ImagePoint(30, 149))) < 0);
    }

    @Test
    void tilesCountFromTheFarLeftCorner() {
        assertEquals(Optional.of(new Tile(0, 0)), caviar.tileOf(new FloorPoint(0.5, 0.5)));
        assertEquals(Optional.of(new Tile(11, 2)), caviar.tileOf(new FloorPoint(11.9, 2.9)));
        assertEquals(Optional.of(new Tile(5, 1)), caviar.tileOf(new FloorPoint(5.5, 1.5)));
        assertEquals(Optional.empty(), caviar.tileOf(new FloorPoint(5, -1)));
        assertEquals(1.0, caviar.tileAreaSquareMeters(), 1e-9);
    }

    @Test
    void scalingToAnotherFrameSizeKeepsTheFloor() {
        FloorGeometry doubled =
                SceneJson.parse(SceneJsonTest.CAVIAR).scaledTo(768, 576).geometry();
        FloorPoint a = caviar.toFloor(new ImagePoint(150, 180));
        FloorPoint b = doubled.toFloor(new ImagePoint(300, 360));
        assertEquals(a.x(), b.x(), 1e-6);
        assertEquals(a.y(), b.y(), 1e-6);
    }

    private static void assertFloor(double x, double y, FloorPoint p) {
        assertEquals(x, p.x(), 1e-6);
        assertEquals(y, p.y(), 1e-6);
    }
}
