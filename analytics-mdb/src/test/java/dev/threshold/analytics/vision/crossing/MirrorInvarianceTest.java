package dev.threshold.analytics.vision.crossing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.ImagePoint;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The count must not depend on how the scene was drawn: a camera mirrored left-right (scene and footage) or a door
 * line drawn from its other end gives the same crossings at the same times. The scene is deliberately lopsided: an
 * oblique floor, the door in the left half of the image, the inside towards the bottom.
 */
class MirrorInvarianceTest {

    static final Scene LOPSIDED = SceneJson.parse("""
            {"format": "threshold-scene/1", "camera": {"name": "lopsided", "width": 640, "height": 480},
             "floor": {"image": [[90,190],[560,170],[630,470],[10,455]], "widthMeters": 7, "depthMeters": 5,
                       "tiles": {"cols": 7, "rows": 5}},
             "door": {"line": [[60,300],[330,280]], "inside": [200,420]}}""");

    /** Passages in floor metres of the lopsided scene: in, out, diagonal, along the door, past its end, two at once. */
    private static List<List<ImagePoint>> footage(double fps, long seed) {
        FloorGeometry g = LOPSIDED.geometry();
        Random noise = new Random(seed);
        FloorPoint a = g.doorStart(), b = g.doorEnd();
        List<FloorPoint[]> walks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            double f = 0.15 + 0.7 * noise.nextDouble();
            FloorPoint on = new FloorPoint(a.x() + f * (b.x() - a.x()), a.y() + f * (b.y() - a.y()));
            double angle = noise.nextDouble() * 2 * Math.PI;
            double dx = Math.cos(angle) * 2, dy = Math.sin(angle) * 2;
            walks.add(
                    new FloorPoint[] {new FloorPoint(on.x() - dx, on.y() - dy), new FloorPoint(on.x() + dx, on.y() + dy)
                    });
        }
        List<List<ImagePoint>> frames = new ArrayList<>();
        for (FloorPoint[] w : walks) {
            int n = (int) Math.ceil(w[0].distanceTo(w[1]) / 1.3 * fps);
            for (int i = 0; i <= n; i++) {
                double f = (double) i / n;
                FloorPoint p = new FloorPoint(
                        w[0].x() + f * (w[1].x() - w[0].x()) + noise.nextGaussian() * 0.04,
                        w[0].y() + f * (w[1].y() - w[0].y()) + noise.nextGaussian() * 0.04);
                frames.add(List.of(g.toImage(p)));
            }
            for (int i = 0; i < 2 * fps; i++) {
                frames.add(List.of()); // nobody for two seconds: the next person gets a new track
            }
        }
        return frames;
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void aMirroredSceneAndFootageGiveTheSameCrossings(double fps) {
        for (long seed = 1; seed <= 8; seed++) {
            List<List<ImagePoint>> frames = footage(fps, seed);
            List<ImageWalks.Seen> original = ImageWalks.count(LOPSIDED, fps, frames, UnaryOperator.identity());
            List<ImageWalks.Seen> mirrored =
                    ImageWalks.count(ImageWalks.mirrored(LOPSIDED), fps, frames, ImageWalks.mirror(LOPSIDED.width()));
            assertFalse(original.isEmpty(), "seed " + seed + ": the footage has passages");
            assertEquals(original, mirrored, "seed " + seed);
        }
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 5})
    void aDoorLineDrawnFromItsOtherEndGivesTheSameCrossings(double fps) {
        for (long seed = 1; seed <= 8; seed++) {
            List<List<ImagePoint>> frames = footage(fps, seed);
            assertEquals(
                    ImageWalks.count(LOPSIDED, fps, frames, UnaryOperator.identity()),
                    ImageWalks.count(ImageWalks.lineReversed(LOPSIDED), fps, frames, UnaryOperator.identity()),
                    "seed " + seed);
        }
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 5})
    void mirroredAndReversedTogetherStillAgree(double fps) {
        List<List<ImagePoint>> frames = footage(fps, 42);
        assertEquals(
                ImageWalks.count(LOPSIDED, fps, frames, UnaryOperator.identity()),
                ImageWalks.count(
                        ImageWalks.lineReversed(ImageWalks.mirrored(LOPSIDED)),
                        fps,
                        frames,
                        ImageWalks.mirror(LOPSIDED.width())));
    }
}
