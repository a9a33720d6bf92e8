package dev.threshold.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.ImagePoint;
import dev.threshold.domain.scene.Scene;
import org.junit.jupiter.api.Test;

/** The scene the demo stores on its camera is the camera the renderer draws through. */
class DemoSceneTest {

    private final Scene scene = DemoScene.scene();
    private final FloorGeometry geometry = scene.geometry();

    @Test
    void itIsAValidThresholdScene1DocumentForTheRenderedFrameSize() {
        assertEquals(DemoScene.CAMERA_NAME, scene.cameraName());
        assertEquals(DemoOptics.WIDTH, scene.width());
        assertEquals(DemoOptics.HEIGHT, scene.height());
        assertEquals(10, scene.tileCols());
        assertEquals(8, scene.tileRows());
        assertTrue(DemoScene.json().contains("\"format\": \"threshold-scene/1\""));
    }

    @Test
    void itsFloorCornersAreTheCamerasProjectionOfTheFloor() {
        double[][] corners = {{0, 0}, {5, 0}, {5, 4}, {0, 4}};
        for (int i = 0; i < 4; i++) {
            ImagePoint projected = DemoOptics.project(corners[i][0], corners[i][1], 0);
            assertEquals(0, projected.distanceTo(scene.floorQuad().get(i)), 0.06, "corner " + i);
        }
    }

    @Test
    void theHomographyPutsEveryRenderedFloorPointBackWhereItWas() {
        for (double x = -0.5; x <= 5.5; x += 0.5) {
            for (double y = -2; y <= 4.5; y += 0.5) {
                FloorPoint back = geometry.toFloor(DemoOptics.project(x, y, 0));
                assertEquals(0, back.distanceTo(new FloorPoint(x, y)), 0.02, "at " + x + ", " + y);
            }
        }
    }

    @Test
    void theDoorLineIsTheDoorwaysThresholdWithTheLobbyInside() {
        assertEquals(0, geometry.doorStart().distanceTo(new FloorPoint(DemoOptics.DOOR_LEFT, 0)), 0.02);
        assertEquals(0, geometry.doorEnd().distanceTo(new FloorPoint(DemoOptics.DOOR_RIGHT, 0)), 0.02);
        assertTrue(geometry.signedDoorDistance(new FloorPoint(2.5, 1)) > 0.9, "the lobby is inside");
        assertTrue(geometry.signedDoorDistance(new FloorPoint(2.5, -1.6)) < -1.5, "the corridor is outside");
    }
}
