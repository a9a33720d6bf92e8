package dev.threshold.analytics.vision.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.domain.scene.FloorPoint;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FloorTrackerTest {

    private static final double FPS = 25;
    private final FloorTracker tracker = new FloorTracker(TrackerSettings.defaults());

    private static FloorObservation at(double x, double y) {
        return new FloorObservation(new FloorPoint(x, y), new BoundingBox(0, 0, 1, 1), 0.8);
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void twoPeopleSideBySideKeepTheirOwnTracks(double fps) {
        Random noise = new Random(7);
        Set<Long> left = new HashSet<>(), right = new HashSet<>();
        for (int i = 0; i < 6 * fps; i++) {
            double y = 8 - 1.2 * i / fps;
            // 0.6 m apart, foot points jittering by up to ±10 cm, detections listed in random order
            FloorObservation a = at(4.7 + noise.nextGaussian() * 0.05, y + noise.nextGaussian() * 0.05);
            FloorObservation b = at(5.3 + noise.nextGaussian() * 0.05, y + noise.nextGaussian() * 0.05);
            List<Track> tracks = tracker.update(noise.nextBoolean() ? List.of(a, b) : List.of(b, a), i / fps);
            for (Track t : tracks) {
                if (t.confirmed()) {
                    (t.position().x() < 5 ? left : right).add(t.id());
                }
            }
        }
        assertEquals(1, left.size(), "left person's track ids " + left);
        assertEquals(1, right.size(), "right person's track ids " + right);
        assertNotEquals(left, right);
        assertEquals(2, tracker.confirmedCount());
    }

    @Test
    void aTrackSurvivesAShortOcclusion() {
        long id = -1;
        for (int i = 0; i < 100; i++) {
            double y = 8 - 1.2 * i / FPS;
            boolean hidden = i >= 40 && i < 55; // 0.6 s behind a pillar
            List<Track> tracks = tracker.update(hidden ? List.of() : List.of(at(5, y)), i / FPS);
            if (!hidden) {
                assertEquals(1, tracks.size());
                if (id < 0) {
                    id = tracks.get(0).id();
                }
                assertEquals(id, tracks.get(0).id(), "frame " + i);
            }
        }
    }

    @Test
    void aTrackUnseenForLongerThanTheCoastTimeIsDropped() {
        tracker.update(List.of(at(5, 5)), 0);
        tracker.update(List.of(at(5, 5)), 0.04);
        assertEquals(1, tracker.tracks().size());
        tracker.update(List.of(), 1.2);
        assertTrue(tracker.tracks().isEmpty());
    }

    @Test
    void aSingleFalseDetectionNeverBecomesAPerson() {
        tracker.update(List.of(at(2, 2)), 0);
        tracker.update(List.of(), 0.04);
        tracker.update(List.of(), 0.08);
        assertEquals(0, tracker.confirmedCount());
        assertTrue(tracker.tracks().isEmpty());
    }

    @Test
    void twoBoxesOnTheSameSpotAreOnePerson() {
        for (int i = 0; i < 10; i++) {
            tracker.update(List.of(at(5, 5), at(5.15, 5.05)), i / FPS);
        }
        assertEquals(1, tracker.tracks().size());
    }
}
