package dev.threshold.analytics.vision.crossing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threshold.analytics.vision.crossing.ImageWalks.Seen;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.ImagePoint;
import dev.threshold.domain.scene.Scene;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A person walks out through the door; someone stands inside behind them, out of view. As the first steps away, a
 * compressed frame gives one box from the standing person's head down over the one leaving, and in the next frames
 * its bottom edge rises to the standing person's feet: its foot point slides from the door to them, faster than
 * anyone walks. The leaver's track follows that box, but it is no passage back in: counted once, out. Someone who
 * walks out, turns round and walks back in at a walk is counted both ways. At 25, 10, 7.5 and 5 fps, in the lopsided
 * scene as drawn, mirrored and with the door line's ends swapped.
 */
class SlidingBoxTest {

    private static final Scene SCENE = MirrorInvarianceTest.LOPSIDED;
    private static final double WALK = 1.3;
    /** Where the sliding box's foot point stands, 0.2 s apart, after the leaver's last own box (at -0.45 m). */
    private static final double[] SLIDE = {-0.45, -0.1, 0.65, 1.95, 2.7};

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {10, 7.5, 5})
    void aBoxSlidingBackOntoSomeoneStandingInsideIsNoPassage(double fps) {
        for (long seed = 1; seed <= 5; seed++) {
            Random noise = new Random(seed);
            FloorGeometry g = SCENE.geometry();
            DoorAxes axes = DoorAxes.of(g);
            double lost = (2 + 0.45) / WALK;
            List<List<ImagePoint>> frames = new ArrayList<>();
            for (int i = 0; i < (lost + 2.5) * fps; i++) {
                double t = i / fps;
                double depth = t <= lost ? 2 - WALK * t : slide((t - lost) / 0.2);
                frames.add(List.of(g.toImage(axes.at(depth, t <= lost ? 0.3 : 0.45, noise))));
            }
            for (List<Seen> crossings : everyWay(fps, frames)) {
                assertEquals(
                        List.of(Direction.OUT),
                        crossings.stream().map(Seen::direction).toList(),
                        "seed " + seed + ": " + crossings);
            }
        }
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 7.5, 5})
    void someoneWhoTurnsBackAtAWalkIsCountedBothWays(double fps) {
        for (long seed = 1; seed <= 5; seed++) {
            Random noise = new Random(seed);
            FloorGeometry g = SCENE.geometry();
            DoorAxes axes = DoorAxes.of(g);
            double out = 3.2 / WALK, back = out + 0.5;
            List<List<ImagePoint>> frames = new ArrayList<>();
            for (int i = 0; i < (back + 3.5 / WALK) * fps; i++) {
                double t = i / fps;
                double depth = t <= out ? 2 - WALK * t : t <= back ? -1.2 : -1.2 + WALK * (t - back);
                frames.add(List.of(g.toImage(axes.at(depth, 0.3, noise))));
            }
            for (List<Seen> crossings : everyWay(fps, frames)) {
                assertEquals(
                        List.of(Direction.OUT, Direction.IN),
                        crossings.stream().map(Seen::direction).toList(),
                        "seed " + seed + ": " + crossings);
            }
        }
    }

    /** The sliding box's depth, {@code steps} fifths of a second after the leaver's last own box, linearly between. */
    private static double slide(double steps) {
        int k = (int) Math.floor(steps);
        if (k >= SLIDE.length - 1) {
            return SLIDE[SLIDE.length - 1];
        }
        return SLIDE[k] + (steps - k) * (SLIDE[k + 1] - SLIDE[k]);
    }

    /** As drawn, mirrored left-right, and with the door line's ends swapped. */
    private static List<List<Seen>> everyWay(double fps, List<List<ImagePoint>> frames) {
        return List.of(
                ImageWalks.count(SCENE, fps, frames, p -> p),
                ImageWalks.count(ImageWalks.mirrored(SCENE), fps, frames, ImageWalks.mirror(SCENE.width())),
                ImageWalks.count(ImageWalks.lineReversed(SCENE), fps, frames, p -> p));
    }
}
