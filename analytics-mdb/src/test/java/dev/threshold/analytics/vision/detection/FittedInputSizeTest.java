package dev.threshold.analytics.vision.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.Prerequisites;
import dev.threshold.analytics.vision.TestScenes;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled model runs a door crop at the same scale as its square 416 input, on a canvas trimmed to the crop and a
 * band of grey (issue 20), and sees the same people there as at 416×416.
 */
class FittedInputSizeTest {

    private static final Scene CAVIAR = SceneJson.parse(TestScenes.CAVIAR);
    private static final DetectorSettings FITTED = DetectorSettings.defaults();
    private static final DetectorSettings SQUARE = DetectorSettings.defaults().withFittedInput(false);

    @Test
    void aRegionKeepsTheScaleOfTheSquareInputOnACanvasTrimmedToItAndABandOfGrey() {
        try (YoloxOnnxDetector fitted = new YoloxOnnxDetector(DetectorModel.bundled(), CAVIAR, FITTED);
                YoloxOnnxDetector square = new YoloxOnnxDetector(DetectorModel.bundled(), CAVIAR, SQUARE)) {
            assertEquals(new InputShape(416, 224), fitted.inputShapeFor(new CropRegion(0, 60, 384, 160)));
            assertEquals(new InputShape(416, 352), fitted.inputShapeFor(new CropRegion(0, 0, 384, 288)));
            assertEquals(new InputShape(320, 416), fitted.inputShapeFor(new CropRegion(10, 20, 200, 289)));
            assertEquals(new InputShape(416, 288), fitted.inputShapeFor(new CropRegion(0, 0, 1280, 720)));
            assertEquals(new InputShape(416, 416), fitted.inputShapeFor(new CropRegion(0, 0, 50, 50)));
            assertEquals(InputShape.square(416), square.inputShapeFor(new CropRegion(0, 60, 384, 160)));
        }
    }

    /** Every person the square input finds above the threshold's margin is found in the same place, scored alike. */
    @Test
    void theDoorCropShowsTheSamePeopleAsOnTheSquareInput() throws Exception {
        Path clip = Prerequisites.shared().resolve("eval/clips/caviar_TwoLeaveShop2front_reversed.mp4");
        int people = 0;
        try (YoloxOnnxDetector fitted = new YoloxOnnxDetector(DetectorModel.bundled(), CAVIAR, FITTED);
                YoloxOnnxDetector square = new YoloxOnnxDetector(DetectorModel.bundled(), CAVIAR, SQUARE)) {
            for (int index = 200; index <= 580; index += 20) {
                int at = index;
                VideoFrame frame = YoloxOnnxDetectorTest.frameAt(clip, index);
                List<PersonDetection> found = fitted.detect(frame);
                for (PersonDetection expected : square.detect(frame)) {
                    if (expected.score() < 0.3) {
                        continue; // scores move a little: a box at the threshold may fall either side of it
                    }
                    people++;
                    PersonDetection same = found.stream()
                            .filter(d -> iou(d.box(), expected.box()) > 0.85)
                            .findFirst()
                            .orElseThrow(() ->
                                    new AssertionError("frame " + at + ": " + expected + " not found in " + found));
                    assertEquals(expected.score(), same.score(), 0.05, "frame " + at);
                }
            }
        }
        assertTrue(people >= 20, people + " people compared");
    }

    private static double iou(BoundingBox a, BoundingBox b) {
        double iw = Math.min(a.x2(), b.x2()) - Math.max(a.x1(), b.x1());
        double ih = Math.min(a.y2(), b.y2()) - Math.max(a.y1(), b.y1());
        double inter = iw <= 0 || ih <= 0 ? 0 : iw * ih;
        return inter / (a.area() + b.area() - inter);
    }
}
