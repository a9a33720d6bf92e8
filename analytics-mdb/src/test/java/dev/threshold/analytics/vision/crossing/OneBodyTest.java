package dev.threshold.analytics.vision.crossing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.ImagePoint;
import dev.threshold.domain.scene.Scene;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One person whom the detector frames twice at the door, each framing followed by a track of its own, is counted once;
 * two people walking through side by side, or one after the other, are counted twice. At 25, 10 and 5 fps, in and out,
 * in the lopsided scene as drawn and mirrored.
 */
class OneBodyTest {

    private static final double SPEED = 1.3;
    private static final Scene SCENE = MirrorInvarianceTest.LOPSIDED;

    /** Where someone stands in the door's own frame: depth (positive on the side walked to) and offset along it. */
    private record Spot(double depth, double offset) {}

    /** Per frame, the spots the detector reports. */
    private interface Footage {
        List<Spot> frame(int index, double walked);
    }

    private static List<List<ImagePoint>> film(double fps, boolean in, Footage footage, long seed) {
        FloorGeometry g = SCENE.geometry();
        DoorAxes axes = DoorAxes.of(g);
        double way = in ? 1 : -1;
        Random noise = new Random(seed);
        List<List<ImagePoint>> frames = new ArrayList<>();
        int n = (int) Math.ceil(5.0 / SPEED * fps);
        for (int i = 0; i <= n; i++) {
            List<ImagePoint> seen = new ArrayList<>();
            for (Spot s : footage.frame(i, -2 + SPEED * i / fps)) {
                seen.add(g.toImage(axes.at(way * s.depth(), s.offset(), noise)));
            }
            frames.add(seen);
        }
        for (int i = 0; i < 2 * fps; i++) {
            frames.add(List.of());
        }
        return frames;
    }

    private static void assertCounted(int expected, double fps, Footage footage, String what) {
        for (boolean in : new boolean[] {true, false}) {
            for (long seed = 1; seed <= 5; seed++) {
                List<List<ImagePoint>> frames = film(fps, in, footage, seed);
                List<List<ImageWalks.Seen>> runs = List.of(
                        ImageWalks.count(SCENE, fps, frames, UnaryOperator.identity()),
                        ImageWalks.count(ImageWalks.mirrored(SCENE), fps, frames, ImageWalks.mirror(SCENE.width())));
                for (List<ImageWalks.Seen> seen : runs) {
                    String where = what + ", " + (in ? "in" : "out") + ", seed " + seed + ": " + seen;
                    assertEquals(expected, seen.size(), where);
                    Direction direction = in ? Direction.IN : Direction.OUT;
                    assertTrue(seen.stream().allMatch(s -> s.direction() == direction), where);
                }
            }
        }
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void onePersonFramedTwiceThroughTheDoorIsCountedOnce(double fps) {
        // On the way to the door a second framing half a metre along it (a part of them merged with a figure beside
        // them); past the line the detector gives one box a frame, alternately each framing, a few centimetres apart.
        assertCounted(
                1,
                fps,
                (i, walked) -> walked < 0
                        ? List.of(new Spot(walked, 0), new Spot(walked, 0.55))
                        : List.of(new Spot(walked, i % 2 == 0 ? 0 : 0.15)),
                "one person, two framings");
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void twoPeopleSideBySideAreCountedTwice(double fps) {
        assertCounted(
                2, fps, (i, walked) -> List.of(new Spot(walked, 0), new Spot(walked, 0.55)), "two people side by side");
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void twoPeopleOneAfterTheOtherAreCountedTwiceThoughTheFirstLeavesTheView(double fps) {
        // The second a metre behind the first; the first walks out of view a metre past the door.
        assertCounted(
                2,
                fps,
                (i, walked) -> {
                    List<Spot> seen = new ArrayList<>();
                    if (walked < 1.0) {
                        seen.add(new Spot(walked, 0));
                    }
                    if (walked - 1.0 > -2) {
                        seen.add(new Spot(walked - 1.0, 0.1));
                    }
                    return seen;
                },
                "one after the other");
    }
}
