package dev.threshold.analytics.vision.crossing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.analytics.vision.tracking.FloorObservation;
import dev.threshold.analytics.vision.tracking.FloorTracker;
import dev.threshold.analytics.vision.tracking.TrackerSettings;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.ImagePoint;
import dev.threshold.domain.scene.Scene;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two people walk through the door side by side, the second a little farther from the camera, so that the first hides
 * them at the door: the detector sees the second on one side only. Both are counted, the same way, at 25, 10 and 5
 * fps, in the lopsided scene, mirrored and with the door line drawn from its other end. And one person whom the
 * detector frames twice now and then is never counted twice.
 */
class HiddenCompanionTest {

    private static final double SPEED = 1.3;

    /** A walk across the door, in the door's own frame: depth (positive inside) and offset along it. */
    private record Walker(double offset, double lead) {}

    /**
     * Both walk from 2 m on one side to 2 m on the other, at the door's middle; the companion is {@code offset} metres
     * along the door from the first and {@code lead} metres ahead of them (negative: behind).
     *
     * @param hidden whether the companion is hidden in a frame, given their depth on the way (positive: the side
     *               walked to)
     */
    private static List<List<FloorPoint>> pair(
            Scene scene, double fps, boolean in, Walker companion, Predicate<Double> hidden, long seed) {
        DoorAxes axes = DoorAxes.of(scene.geometry());
        double way = in ? 1 : -1;
        Random noise = new Random(seed);
        List<List<FloorPoint>> frames = new ArrayList<>();
        int n = (int) Math.ceil(4.6 / SPEED * fps);
        for (int i = 0; i <= n; i++) {
            double walked = -2 + SPEED * i / fps;
            List<FloorPoint> seen = new ArrayList<>();
            seen.add(axes.at(way * walked, 0, noise));
            double second = walked + companion.lead();
            if (Math.abs(second) <= 2.3 && !hidden.test(second)) {
                seen.add(axes.at(way * second, companion.offset(), noise));
            }
            frames.add(seen);
        }
        for (int i = 0; i < 2 * fps; i++) {
            frames.add(List.of());
        }
        return frames;
    }

    /**
     * Counts the frames through the real tracker and zone; people's boxes are 0.6 m wide in the image at the door (a
     * person and their arms), so that one standing just behind another is covered by them.
     */
    private static List<LineCrossing> count(
            Scene scene, double fps, List<List<FloorPoint>> floor, UnaryOperator<ImagePoint> image, Scene counted) {
        FloorGeometry g = scene.geometry(), cg = counted.geometry();
        FloorTracker tracker = new FloorTracker(TrackerSettings.defaults());
        DoorLineZone zone = new DoorLineZone(cg, ZoneSettings.forFrameRate(fps));
        List<LineCrossing> crossings = new ArrayList<>();
        for (int f = 0; f < floor.size(); f++) {
            List<FloorObservation> obs = new ArrayList<>();
            for (FloorPoint p : floor.get(f)) {
                ImagePoint foot = image.apply(g.toImage(p));
                obs.add(new FloorObservation(
                        cg.toFloor(foot),
                        new BoundingBox(foot.x() - 25, foot.y() - 110, foot.x() + 25, foot.y()),
                        0.8));
            }
            double t = f / fps;
            crossings.addAll(
                    zone.update(tracker.update(obs, t), Instant.EPOCH.plus(Duration.ofNanos(Math.round(t * 1e9)))));
        }
        return crossings;
    }

    /** The footage counted as drawn, mirrored left-right, and with the door line's ends swapped. */
    private static List<List<LineCrossing>> everyWay(double fps, List<List<FloorPoint>> floor) {
        Scene s = MirrorInvarianceTest.LOPSIDED;
        return List.of(
                count(s, fps, floor, UnaryOperator.identity(), s),
                count(s, fps, floor, ImageWalks.mirror(s.width()), ImageWalks.mirrored(s)),
                count(s, fps, floor, UnaryOperator.identity(), ImageWalks.lineReversed(s)));
    }

    private static void assertTwo(Direction direction, List<List<LineCrossing>> runs, String what) {
        for (List<LineCrossing> crossings : runs) {
            assertEquals(2, crossings.size(), what + ": " + crossings);
            assertTrue(crossings.stream().allMatch(c -> c.direction() == direction), what + ": " + crossings);
            assertEquals(
                    2, crossings.stream().map(LineCrossing::trackId).distinct().count(), what + ": " + crossings);
        }
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void aCompanionLastSeenJustPastTheLineThenHiddenIsCounted(double fps) {
        for (boolean in : new boolean[] {true, false}) {
            for (long seed = 1; seed <= 5; seed++) {
                // half a metre behind the first and a third of a metre along the door; seen up to a third of a metre
                // past the line, then hidden behind the first until out of view
                List<List<FloorPoint>> floor = pair(
                        MirrorInvarianceTest.LOPSIDED, fps, in, new Walker(0.35, -0.45), depth -> depth > 0.36, seed);
                assertTwo(
                        in ? Direction.IN : Direction.OUT,
                        everyWay(fps, floor),
                        (in ? "in" : "out") + ", seed " + seed);
            }
        }
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void aCompanionFirstSeenOnTheThresholdIsCounted(double fps) {
        for (boolean in : new boolean[] {true, false}) {
            for (long seed = 1; seed <= 5; seed++) {
                // a step ahead of the first, hidden behind them until on the threshold, then seen walking on
                List<List<FloorPoint>> floor = pair(
                        MirrorInvarianceTest.LOPSIDED, fps, in, new Walker(0.35, 0.4), depth -> depth < -0.05, seed);
                assertTwo(
                        in ? Direction.IN : Direction.OUT,
                        everyWay(fps, floor),
                        (in ? "in" : "out") + ", seed " + seed);
            }
        }
    }

    /**
     * One person walks through; now and then the detector also frames them a second time, a box whose foot point
     * lies 0.4 m farther (their legs cut off) and overlaps theirs, for a frame or two at a time, anywhere on the way
     * and so on the threshold too, and now and then it misses their own box then. That box is theirs, never a
     * companion's, nor a track's that it could carry across: one crossing.
     */
    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void onePersonFramedTwiceIsCountedOnce(double fps) {
        Scene s = MirrorInvarianceTest.LOPSIDED;
        for (boolean in : new boolean[] {true, false}) {
            for (long seed = 1; seed <= 20; seed++) {
                Random flicker = new Random(seed * 31);
                List<List<FloorPoint>> single = pair(s, fps, in, new Walker(0, 0), depth -> true, seed);
                List<List<FloorPoint>> framed = new ArrayList<>();
                int run = 0;
                for (List<FloorPoint> frame : single) {
                    List<FloorPoint> seen = new ArrayList<>(frame);
                    if (!frame.isEmpty() && run == 0 && flicker.nextDouble() < 0.2) {
                        run = 1 + flicker.nextInt(2);
                    }
                    if (run > 0 && !frame.isEmpty()) {
                        run--;
                        FloorPoint p = frame.get(0);
                        seen.add(farther(s, p, 0.4));
                        if (flicker.nextDouble() < 0.3) {
                            seen.remove(0);
                        }
                    }
                    framed.add(seen);
                }
                for (List<LineCrossing> crossings : everyWay(fps, framed)) {
                    assertEquals(1, crossings.size(), (in ? "in" : "out") + ", seed " + seed + ": " + crossings);
                }
            }
        }
    }

    /** The point {@code meters} farther from the camera than {@code p}: up the image from it, on the floor. */
    private static FloorPoint farther(Scene s, FloorPoint p, double meters) {
        FloorGeometry g = s.geometry();
        ImagePoint foot = g.toImage(p);
        for (double dy = 1; dy < foot.y(); dy++) {
            FloorPoint q = g.toFloor(new ImagePoint(foot.x(), foot.y() - dy));
            if (q.distanceTo(p) >= meters) {
                return q;
            }
        }
        return p;
    }
}
