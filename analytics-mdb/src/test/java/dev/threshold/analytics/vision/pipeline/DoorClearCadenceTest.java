package dev.threshold.analytics.vision.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.TestScenes;
import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.analytics.vision.tracking.FloorObservation;
import dev.threshold.analytics.vision.tracking.FloorTracker;
import dev.threshold.analytics.vision.tracking.Track;
import dev.threshold.analytics.vision.tracking.TrackerSettings;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.SceneJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule that leaves every other frame out while nobody is near the door, on the CAVIAR shop front's floor. */
class DoorClearCadenceTest {

    private static final FloorGeometry FLOOR =
            SceneJson.parse(TestScenes.CAVIAR).geometry();
    private static final DoorClearCadence CADENCE = DoorClearCadence.defaults();

    /** A floor point {@code metres} in front of the door's middle, on the outside (the shop's floor). */
    private static FloorPoint inFront(double metres) {
        FloorPoint a = FLOOR.doorStart(), b = FLOOR.doorEnd();
        double len = a.distanceTo(b);
        double nx = -(b.y() - a.y()) / len, ny = (b.x() - a.x()) / len;
        FloorPoint mid = new FloorPoint((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
        FloorPoint probe = new FloorPoint(mid.x() + nx, mid.y() + ny);
        double sign = FLOOR.signedDoorDistance(probe) < 0 ? 1 : -1;
        return new FloorPoint(mid.x() + sign * nx * metres, mid.y() + sign * ny * metres);
    }

    private static FloorObservation seenAt(FloorPoint p) {
        return new FloorObservation(p, new BoundingBox(0, 0, 10, 30), 0.9);
    }

    private static List<Track> trackAt(FloorPoint p) {
        FloorTracker tracker = new FloorTracker(TrackerSettings.defaults());
        List<Track> tracks = List.of();
        for (int i = 0; i < 5; i++) {
            tracks = tracker.update(List.of(seenAt(p)), i * 0.2);
        }
        return tracks;
    }

    @Test
    void anEmptyFloorLetsAFrameBeLeftOut() {
        assertTrue(CADENCE.mayLeaveOut(false, List.of(), List.of(), FLOOR));
    }

    @Test
    void twoFramesInARowAreNeverLeftOut() {
        assertFalse(CADENCE.mayLeaveOut(true, List.of(), List.of(), FLOOR));
    }

    @Test
    void someoneFarFromTheDoorLetsAFrameBeLeftOut() {
        assertEquals(2.9, DoorClearCadence.doorDistance(inFront(2.9), FLOOR), 1e-9);
        assertTrue(CADENCE.mayLeaveOut(false, trackAt(inFront(2.9)), List.of(seenAt(inFront(2.9))), FLOOR));
    }

    @Test
    void aTrackNearTheDoorKeepsEveryFrameAnalysed() {
        List<Track> tracks = trackAt(inFront(1.0));
        assertFalse(tracks.isEmpty());
        assertFalse(CADENCE.mayLeaveOut(false, tracks, List.of(), FLOOR));
    }

    @Test
    void aDetectionNearTheDoorWithoutATrackYetKeepsEveryFrameAnalysed() {
        assertFalse(CADENCE.mayLeaveOut(false, List.of(), List.of(seenAt(inFront(2.0))), FLOOR));
    }

    @Test
    void theFloorBesideTheDoorsEndIsMeasuredFromTheEndNotTheLine() {
        FloorPoint a = FLOOR.doorStart(), b = FLOOR.doorEnd();
        double len = a.distanceTo(b);
        FloorPoint beyond = new FloorPoint(b.x() + (b.x() - a.x()) / len * 3, b.y() + (b.y() - a.y()) / len * 3);
        assertEquals(3.0, DoorClearCadence.doorDistance(beyond, FLOOR), 1e-9);
    }

    @Test
    void everyFrameNeverLeavesOneOut() {
        assertFalse(DoorClearCadence.everyFrame().mayLeaveOut(false, List.of(), List.of(), FLOOR));
    }
}
