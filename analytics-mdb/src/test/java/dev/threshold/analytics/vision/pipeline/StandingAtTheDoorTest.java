package dev.threshold.analytics.vision.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.TestScenes;
import dev.threshold.analytics.vision.crossing.Direction;
import dev.threshold.analytics.vision.crossing.LineCrossing;
import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.analytics.vision.detection.Detector;
import dev.threshold.analytics.vision.detection.PersonDetection;
import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.domain.scene.ImagePoint;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The door-clear cadence with someone standing in the CAVIAR shop while someone else walks slowly out through the
 * door, at 25 fps, on drawn frames: the one who stands lets frames be left out, the slow walker never does.
 */
class StandingAtTheDoorTest {

    private static final Scene SCENE = SceneJson.parse(TestScenes.CAVIAR);
    private static final int W = 384, H = 288;
    private static final int STANDER_X = 100, WALKER_X = 260, FIGURE_W = 20, FIGURE_H = 50;
    private static final int STANDER_FEET = 190;

    /** Finds each dark figure (dark columns next to each other are one figure): a real detector for frames this plain. */
    static final class DarkFiguresDetector implements Detector {
        @Override
        public List<PersonDetection> detect(VideoFrame frame) {
            List<PersonDetection> found = new ArrayList<>();
            int start = -1, top = H, bottom = -1;
            for (int x = 0; x <= W; x++) {
                int colTop = H, colBottom = -1;
                for (int y = 0; x < W && y < H; y++) {
                    if ((frame.bgr()[(y * W + x) * 3] & 0xff) < 50) {
                        colTop = Math.min(colTop, y);
                        colBottom = y;
                    }
                }
                if (colBottom >= 0) {
                    start = start < 0 ? x : start;
                    top = Math.min(top, colTop);
                    bottom = Math.max(bottom, colBottom);
                } else if (start >= 0) {
                    found.add(new PersonDetection(new BoundingBox(start, top, x, bottom + 1), 0.9));
                    start = -1;
                    top = H;
                    bottom = -1;
                }
            }
            return found;
        }
    }

    private static VideoFrame frame(int index, Double walkerFeet) {
        byte[] bgr = new byte[W * H * 3];
        Arrays.fill(bgr, (byte) 128);
        draw(bgr, STANDER_X, STANDER_FEET);
        if (walkerFeet != null) {
            draw(bgr, WALKER_X, (int) Math.round(walkerFeet));
        }
        return new VideoFrame(W, H, bgr, Instant.EPOCH.plus(Duration.ofMillis(index * 40L)));
    }

    private static void draw(byte[] bgr, int x0, int feet) {
        for (int y = Math.max(0, feet - FIGURE_H); y < feet; y++) {
            for (int x = x0; x < x0 + FIGURE_W; x++) {
                int i = (y * W + x) * 3;
                bgr[i] = bgr[i + 1] = bgr[i + 2] = 20;
            }
        }
    }

    @Test
    void aSlowWalkerThroughTheDoorIsAnalysedEveryFrameBesideSomeoneStanding() {
        double standerMetres = DoorClearCadence.doorDistance(
                SCENE.geometry().toFloor(new ImagePoint(STANDER_X + FIGURE_W / 2.0, STANDER_FEET)), SCENE.geometry());
        assertTrue(standerMetres > 1.0 && standerMetres < 2.5, "stands " + standerMetres + " m from the door");
        CameraPipeline pipeline =
                new CameraPipeline(SCENE, new DarkFiguresDetector(), PipelineSettings.forFrameRate(25));
        List<LineCrossing> crossings = new ArrayList<>();
        int i = 0;
        for (; i < 75; i++) { // 3 s of someone standing
            crossings.addAll(pipeline.process(frame(i, null)));
        }
        long leftOutStanding = pipeline.framesLeftOut();
        assertTrue(leftOutStanding >= 15, leftOutStanding + " of 75 frames left out with only someone standing");

        List<Integer> leftOutWhileCrossing = new ArrayList<>();
        // 0.5 px a frame at 25 fps: about 0.75 m/s on this floor, a slow walk out through the door (line at y 149)
        for (double feet = 110; feet <= 190; feet += 0.5, i++) {
            long before = pipeline.framesLeftOut();
            crossings.addAll(pipeline.process(frame(i, feet)));
            if (pipeline.framesLeftOut() > before && feet >= 120 && feet <= 180) {
                leftOutWhileCrossing.add(i);
            }
        }
        for (int k = 0; k < 50; k++, i++) {
            crossings.addAll(pipeline.process(frame(i, null)));
        }
        assertEquals(List.of(), leftOutWhileCrossing, "frames left out while the walker was near the door line");
        assertEquals(1, crossings.size(), crossings::toString);
        assertEquals(Direction.OUT, crossings.get(0).direction());
    }
}
