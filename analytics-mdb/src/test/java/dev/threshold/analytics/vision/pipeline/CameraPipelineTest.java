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
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pipeline on drawn frames: a dark figure walks out of the CAVIAR shop over a grey floor. The detector here finds
 * the figure the simple way (the bounding box of dark pixels), a real {@link Detector} for frames this plain.
 */
class CameraPipelineTest {

    private static final Scene SCENE = SceneJson.parse(TestScenes.CAVIAR);
    private static final int W = 384, H = 288;

    /** Finds the one dark figure, and counts its runs: that is the cost the motion gate saves. */
    static final class DarkFigureDetector implements Detector {
        int runs;

        @Override
        public List<PersonDetection> detect(VideoFrame frame) {
            runs++;
            int x1 = W, y1 = H, x2 = -1, y2 = -1;
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    if ((frame.bgr()[(y * W + x) * 3] & 0xff) < 50) {
                        x1 = Math.min(x1, x);
                        y1 = Math.min(y1, y);
                        x2 = Math.max(x2, x);
                        y2 = Math.max(y2, y);
                    }
                }
            }
            return x2 < 0 ? List.of() : List.of(new PersonDetection(new BoundingBox(x1, y1, x2 + 1, y2 + 1), 0.9));
        }
    }

    private static VideoFrame frame(int index, Integer feetY) {
        byte[] bgr = new byte[W * H * 3];
        java.util.Arrays.fill(bgr, (byte) 128);
        if (feetY != null) {
            for (int y = Math.max(0, feetY - 50); y < feetY; y++) {
                for (int x = 200; x < 220; x++) {
                    int i = (y * W + x) * 3;
                    bgr[i] = bgr[i + 1] = bgr[i + 2] = 20;
                }
            }
        }
        return new VideoFrame(W, H, bgr, Instant.EPOCH.plus(Duration.ofMillis(index * 40L)));
    }

    @Test
    void aPersonWalkingOutOfTheShopIsOneExit() {
        CameraPipeline pipeline =
                new CameraPipeline(SCENE, new DarkFigureDetector(), PipelineSettings.forFrameRate(25));
        List<LineCrossing> crossings = new ArrayList<>();
        int i = 0;
        for (int feet = 120; feet <= 190; feet++, i++) { // 70 px in 2.8 s: about 1.5 m/s on this floor
            crossings.addAll(pipeline.process(frame(i, feet)));
        }
        for (int k = 0; k < 50; k++, i++) {
            crossings.addAll(pipeline.process(frame(i, null)));
        }
        assertEquals(1, crossings.size(), crossings::toString);
        assertEquals(Direction.OUT, crossings.get(0).direction());
        // the feet reach y 149 on frame 29, at 1.16 s
        assertEquals(1.16, crossings.get(0).at().toEpochMilli() / 1000.0, 0.2);
        assertEquals(1, pipeline.peopleSeen());
    }

    @Test
    void aStillSceneCostsFarLessThanABusyOne() {
        DarkFigureDetector still = new DarkFigureDetector();
        CameraPipeline idle = new CameraPipeline(SCENE, still, PipelineSettings.forFrameRate(25));
        for (int i = 0; i < 250; i++) {
            idle.process(frame(i, null));
        }
        DarkFigureDetector busy = new DarkFigureDetector();
        CameraPipeline walking = new CameraPipeline(SCENE, busy, PipelineSettings.forFrameRate(25));
        for (int i = 0; i < 250; i++) {
            walking.process(frame(i, 120 + (i % 70)));
        }
        // the figure walks 1 px a frame: the detector runs again once it has moved about a sampling step (4 px)
        assertTrue(busy.runs >= 250 / 5, "detector ran " + busy.runs + " times on 10 s of someone walking");
        // a first look, then one every 10 s to catch a change too slow for the gate
        assertTrue(still.runs * 20 <= busy.runs, "detector ran " + still.runs + " times on 10 s of a still scene");
        assertEquals(250, idle.framesProcessed());
        assertEquals(still.runs, idle.framesDetected());
    }

    @Test
    void theTilesUnderAPersonAreOccupiedUntilTheyHaveGone() {
        CameraPipeline pipeline =
                new CameraPipeline(SCENE, new DarkFigureDetector(), PipelineSettings.forFrameRate(25));
        assertTrue(pipeline.occupiedTiles().isEmpty());
        int i = 0;
        for (; i < 5; i++) {
            pipeline.process(frame(i, 190));
        }
        // feet at (210, 190): 1.6 m in front of the shop's threshold, in the middle of the 12 × 3 grid's sixth column
        var tile = SCENE.geometry()
                .tileOf(SCENE.geometry().toFloor(new dev.threshold.domain.scene.ImagePoint(210, 190)))
                .orElseThrow();
        assertEquals(new dev.threshold.domain.scene.Tile(6, 2), tile);
        assertEquals(java.util.Set.of(tile.index(12)), pipeline.occupiedTiles());
        for (int k = 0; k < 50; k++, i++) {
            pipeline.process(frame(i, null));
        }
        assertTrue(pipeline.occupiedTiles().isEmpty(), pipeline.occupiedTiles()::toString);
    }

    @Test
    void anEmptyDoorIsAnalysedEveryOtherFrameAndAPersonAtTheDoorEveryFrame() {
        CameraPipeline empty = new CameraPipeline(SCENE, new DarkFigureDetector(), PipelineSettings.forFrameRate(25));
        for (int i = 0; i < 100; i++) {
            empty.process(frame(i, null));
        }
        assertEquals(50, empty.framesLeftOut()); // frames 1, 3, … 99: the first is analysed, nothing was known yet
        CameraPipeline atTheDoor =
                new CameraPipeline(SCENE, new DarkFigureDetector(), PipelineSettings.forFrameRate(25));
        for (int i = 0; i < 100; i++) {
            atTheDoor.process(frame(i, 150 + i % 3));
        }
        assertEquals(0, atTheDoor.framesLeftOut());
    }
}
