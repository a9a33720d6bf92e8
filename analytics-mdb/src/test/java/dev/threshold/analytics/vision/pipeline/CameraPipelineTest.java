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
        pipeline.process(frame(i++, null)); // the empty floor, as the camera first sees it
        for (; i < 6; i++) {
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
        atTheDoor.process(frame(0, null)); // the empty door, as the camera first sees it
        atTheDoor.process(frame(1, 150)); // someone steps into view: nobody was known near the door, may be left out
        long before = atTheDoor.framesLeftOut();
        for (int i = 2; i < 100; i++) {
            atTheDoor.process(frame(i, 150 + i % 3));
        }
        assertEquals(before, atTheDoor.framesLeftOut());
    }

    /**
     * A mannequin stands inside by the door from the first frame; the detector frames it whenever it looks, and while
     * someone walks out past it, it frames the mannequin down to their feet, as YOLOX does the CAVIAR shop's (a box
     * that stands on the door line beside them). Nothing of the mannequin ever moves: it is no one.
     */
    @Test
    void aMannequinByTheDoorIsNeitherAPersonNorACompanion() {
        BoundingBox mannequin = new BoundingBox(186, 82, 200, 130);
        Detector detector = frame -> {
            List<PersonDetection> found = new ArrayList<>(new DarkFigureDetector().detect(frame));
            double feet = found.isEmpty() ? Double.NaN : found.get(0).box().y2();
            boolean besideIt = feet > mannequin.y2() - 5 && feet < mannequin.y2() + 30;
            found.add(new PersonDetection(
                    besideIt ? new BoundingBox(mannequin.x1(), mannequin.y1(), mannequin.x2(), feet) : mannequin, 0.6));
            return found;
        };
        CameraPipeline pipeline = new CameraPipeline(SCENE, detector, PipelineSettings.forFrameRate(25));
        List<LineCrossing> crossings = new ArrayList<>();
        int i = 0;
        for (; i < 25; i++) {
            crossings.addAll(pipeline.process(withMannequin(frame(i, null), mannequin)));
        }
        for (int feet = 120; feet <= 190; feet++, i++) {
            crossings.addAll(pipeline.process(withMannequin(frame(i, feet), mannequin)));
        }
        for (int k = 0; k < 50; k++, i++) {
            crossings.addAll(pipeline.process(withMannequin(frame(i, null), mannequin)));
        }

        assertEquals(1, crossings.size(), crossings::toString);
        assertEquals(Direction.OUT, crossings.get(0).direction());
        assertEquals(1, pipeline.peopleSeen(), "the mannequin was taken for a person");
        assertEquals(pipeline.framesDetected(), pipeline.fixturesDropped(), "every box of the mannequin is dropped");
    }

    /** The frame with a mid-grey mannequin drawn in (lighter than the walker, whom the dark-figure detector finds). */
    private static VideoFrame withMannequin(VideoFrame frame, BoundingBox mannequin) {
        byte[] bgr = frame.bgr().clone();
        for (int y = (int) mannequin.y1(); y < mannequin.y2(); y++) {
            for (int x = (int) mannequin.x1(); x < mannequin.x2(); x++) {
                int i = (y * W + x) * 3;
                if ((bgr[i] & 0xff) >= 50) {
                    bgr[i] = bgr[i + 1] = bgr[i + 2] = 70;
                }
            }
        }
        return new VideoFrame(W, H, bgr, frame.capturedAt());
    }
}
