package dev.threshold.analytics.vision.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.domain.scene.FloorPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two people whose paths cross keep their own tracks, at 5 fps too, where each steps a quarter of a metre between
 * frames: the tracker predicts each from its own motion and assigns all boxes at once, so neither takes the other's.
 */
class CrossingPathsTest {

    private static FloorObservation at(FloorPoint p, double height) {
        return new FloorObservation(p, new BoundingBox(0, 100 - height, 30, 100), 0.8);
    }

    private static List<FloorObservation> reversed(List<FloorObservation> list) {
        List<FloorObservation> r = new ArrayList<>(list);
        java.util.Collections.reverse(r);
        return r;
    }

    /** Which track followed the person at the start and at the end of their walk. */
    private record Ids(long aStart, long aEnd, long bStart, long bEnd) {}

    /**
     * A walks from (2, 3) to (8, 7) at 1.4 m/s, B from (2, 7) to (8, 3) at 1.2 m/s, a tenth of a second behind: their
     * paths cross at an X and they brush past each other 0.57 m apart. Foot points jitter by 5 cm.
     *
     * @param occluded while their boxes overlap in the image (x within 0.35 m), only the one nearer the camera
     *                 (larger y) is detected, the other is hidden behind them
     */
    private static Ids walk(double fps, long seed, boolean occluded, double bHeight) {
        FloorTracker tracker = new FloorTracker(TrackerSettings.defaults());
        Random noise = new Random(seed);
        double length = Math.hypot(6, 4);
        int n = (int) Math.round((length / 1.2 + 0.1) * fps);
        List<Long> aIds = new ArrayList<>(), bIds = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            double t = i / fps;
            double fa = Math.min(1, t * 1.4 / length), fb = Math.max(0, Math.min(1, (t - 0.1) * 1.2 / length));
            FloorPoint a =
                    new FloorPoint(2 + 6 * fa + noise.nextGaussian() * 0.05, 3 + 4 * fa + noise.nextGaussian() * 0.05);
            FloorPoint b =
                    new FloorPoint(2 + 6 * fb + noise.nextGaussian() * 0.05, 7 - 4 * fb + noise.nextGaussian() * 0.05);
            List<FloorObservation> seen = new ArrayList<>();
            boolean overlap = occluded && Math.abs(a.x() - b.x()) < 0.35;
            if (!overlap || a.y() > b.y()) {
                seen.add(at(a, 150));
            }
            if (!overlap || b.y() > a.y()) {
                seen.add(at(b, bHeight));
            }
            List<Track> tracks = tracker.update(noise.nextBoolean() ? seen : reversed(seen), t);
            for (Track tr : tracks) {
                // who is who is only clear while they are apart
                if (tr.confirmed() && tr.detectedNow() && a.distanceTo(b) > 1.0) {
                    if (tr.position().distanceTo(a) < 0.3) {
                        aIds.add(tr.id());
                    } else if (tr.position().distanceTo(b) < 0.3) {
                        bIds.add(tr.id());
                    }
                }
            }
        }
        return new Ids(aIds.get(0), aIds.get(aIds.size() - 1), bIds.get(0), bIds.get(bIds.size() - 1));
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void twoPeopleWhosePathsCrossKeepTheirTracks(double fps) {
        for (long seed = 1; seed <= 20; seed++) {
            Ids ids = walk(fps, seed, false, 150);
            assertEquals(ids.aStart(), ids.aEnd(), "seed " + seed + ": A's track");
            assertEquals(ids.bStart(), ids.bEnd(), "seed " + seed + ": B's track");
            assertNotEquals(ids.aStart(), ids.bStart());
        }
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void oneHiddenBehindTheOtherWhereTheyOverlapStillComesOutOnTheirOwnTrack(double fps) {
        for (long seed = 1; seed <= 20; seed++) {
            Ids ids = walk(fps, seed, true, 150);
            assertEquals(ids.aStart(), ids.aEnd(), "seed " + seed + ": A's track");
            assertEquals(ids.bStart(), ids.bEnd(), "seed " + seed + ": B's track");
        }
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {10, 5})
    void aChildAndAnAdultCrossingAreNotSwapped(double fps) {
        for (long seed = 1; seed <= 20; seed++) {
            Ids ids = walk(fps, seed, false, 90);
            assertEquals(ids.aStart(), ids.aEnd(), "seed " + seed + ": A's track");
            assertEquals(ids.bStart(), ids.bEnd(), "seed " + seed + ": B's track");
        }
    }

    @org.junit.jupiter.api.Test
    void neighboursWhoBothStepTheSameWayAreNotSwapped() {
        // A stands at x 0, B 0.6 m to the right; at 5 fps both step right, A 0.32 m, B 0.35 m. A's new spot is nearer
        // B's old one (0.28 m) than A's (0.32 m): handing the nearest pair out first gives B A's box and leaves A
        // nothing within reach. Assigned together, each keeps their own.
        FloorTracker tracker = new FloorTracker(TrackerSettings.defaults());
        for (int i = 0; i < 5; i++) {
            tracker.update(List.of(at(new FloorPoint(0, 5), 150), at(new FloorPoint(0.6, 5), 150)), i * 0.2);
        }
        long a = tracker.tracks().stream()
                .filter(t -> t.position().x() < 0.3)
                .findFirst()
                .orElseThrow()
                .id();
        long b = tracker.tracks().stream()
                .filter(t -> t.position().x() > 0.3)
                .findFirst()
                .orElseThrow()
                .id();
        List<Track> after =
                tracker.update(List.of(at(new FloorPoint(0.32, 5), 150), at(new FloorPoint(0.95, 5), 150)), 1.0);
        assertEquals(2, after.size(), after::toString);
        assertEquals(
                a,
                after.stream()
                        .filter(t -> t.position().x() < 0.6)
                        .findFirst()
                        .orElseThrow()
                        .id());
        assertEquals(
                b,
                after.stream()
                        .filter(t -> t.position().x() > 0.6)
                        .findFirst()
                        .orElseThrow()
                        .id());
    }
}
