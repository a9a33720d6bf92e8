package dev.threshold.analytics.vision.foreground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.crossing.Direction;
import dev.threshold.analytics.vision.crossing.LineCrossing;
import dev.threshold.analytics.vision.detection.PersonDetection;
import dev.threshold.analytics.vision.pipeline.CameraPipeline;
import dev.threshold.analytics.vision.pipeline.PipelineSettings;
import dev.threshold.domain.scene.FloorPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The model-free detector on drawn frames of the CAVIAR shop front (real OpenCV, no model file). */
class BackgroundSubtractionDetectorTest {

    private final DrawnDoor door = new DrawnDoor(5);
    private final BackgroundSubtractionDetector detector =
            new BackgroundSubtractionDetector(DrawnDoor.SCENE, ForegroundSettings.defaults(), 5);

    @AfterEach
    void close() {
        detector.close();
    }

    private void learnTheEmptyDoor() {
        for (int i = 0; i < 25; i++) {
            assertTrue(detector.detect(door.frame()).isEmpty(), "nobody there yet, frame " + i);
        }
    }

    private static List<FloorPoint> feet(List<PersonDetection> found) {
        return found.stream()
                .map(d -> DrawnDoor.FLOOR.toFloor(d.box().bottomCentre()))
                .sorted(Comparator.comparingDouble(FloorPoint::x))
                .toList();
    }

    @Test
    void onePersonIsOneDetectionWhereTheyStand() {
        learnTheEmptyDoor();
        List<FloorPoint> feet = feet(detector.detect(door.frame(DrawnDoor.Person.at(6, 1.5))));
        assertEquals(1, feet.size(), feet::toString);
        assertEquals(6, feet.get(0).x(), 0.25);
        assertEquals(1.5, feet.get(0).y(), 0.25);
    }

    @Test
    void twoPeopleShoulderToShoulderAreOneBlobAndTwoPeople() {
        learnTheEmptyDoor();
        List<FloorPoint> feet =
                feet(detector.detect(door.frame(DrawnDoor.Person.at(5.75, 1.5), DrawnDoor.Person.at(6.3, 1.5))));
        assertEquals(2, feet.size(), feet::toString);
        assertTrue(feet.get(1).x() - feet.get(0).x() > 0.4, "side by side: " + feet);
    }

    @Test
    void aShadowOnTheFloorIsNotAnotherPerson() {
        learnTheEmptyDoor();
        List<PersonDetection> found = detector.detect(door.frame(new DrawnDoor.Person(new FloorPoint(6, 1.5), true)));
        assertEquals(1, found.size(), found::toString);
    }

    @Test
    void twoPeopleWalkingInSideBySideAtFiveFramesASecondAreTwoEntries() {
        CameraPipeline pipeline = new CameraPipeline(DrawnDoor.SCENE, detector, PipelineSettings.forFrameRate(5));
        List<LineCrossing> crossings = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            crossings.addAll(pipeline.process(door.frame()));
        }
        // from the near edge of the floor into the shop at 1.2 m/s, 0.55 m apart; then the door is empty again
        for (double y = 2.9; y > -1.5; y -= 1.2 / 5) {
            crossings.addAll(pipeline.process(door.frame(DrawnDoor.Person.at(5.7, y), DrawnDoor.Person.at(6.25, y))));
        }
        for (int i = 0; i < 10; i++) {
            crossings.addAll(pipeline.process(door.frame()));
        }
        assertEquals(2, crossings.size(), crossings::toString);
        assertTrue(crossings.stream().allMatch(c -> c.direction() == Direction.IN), crossings::toString);
    }

    @Test
    void aStillDoorwayFindsNobody() {
        for (int i = 0; i < 60; i++) {
            assertEquals(List.of(), detector.detect(door.frame()), "frame " + i);
        }
    }
}
