package dev.threshold.analytics.vision.detection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.threshold.analytics.vision.Prerequisites;
import dev.threshold.analytics.vision.TestScenes;
import dev.threshold.domain.scene.Scene;
import dev.threshold.domain.scene.SceneJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A copy of the model with its input size declared symbolic (made by {@code src/model/SymbolicInputSize.java}, issue
 * 20) runs a crop at the smallest multiple of 32 that holds it, never above 416, and at 416 answers exactly as the
 * original export does, its weights being the same; the bundled model, fixed at 416, stays at 416.
 */
class FittedInputSizeTest {

    private static final Scene CAVIAR = SceneJson.parse(TestScenes.CAVIAR);

    @Test
    void aSymbolicModelRunsACropAtTheSmallestMultipleOf32ThatHoldsItAndAnswersAsTheOriginalAt416() throws Exception {
        Path shared = Prerequisites.shared();
        Path original = shared.resolve("models/yolox_nano.onnx");
        Path symbolic = Files.createTempFile("yolox_nano-symbolic", ".onnx");
        try {
            Process make = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "src/model/SymbolicInputSize.java",
                            original.toString(),
                            symbolic.toString())
                    .inheritIO()
                    .start();
            assertEquals(0, make.waitFor(), "SymbolicInputSize.java ran");
            VideoFrame frame =
                    YoloxOnnxDetectorTest.frameAt(shared.resolve("eval/clips/caviar_OneLeaveShop1front.mpg"), 180);
            CropRegion whole = CropRegion.whole(frame.width(), frame.height());
            try (YoloxOnnxDetector fitted = new YoloxOnnxDetector(symbolic, CAVIAR, DetectorSettings.defaults());
                    YoloxOnnxDetector fixed = new YoloxOnnxDetector(original, CAVIAR, DetectorSettings.defaults())) {
                assertEquals(384, fitted.inputSizeFor(new CropRegion(0, 0, 384, 288)));
                assertEquals(320, fitted.inputSizeFor(new CropRegion(10, 20, 200, 289)));
                assertEquals(416, fitted.inputSizeFor(new CropRegion(0, 0, 1280, 720)));
                assertEquals(32, fitted.inputSizeFor(new CropRegion(0, 0, 12, 7)));
                assertEquals(416, fixed.inputSizeFor(new CropRegion(0, 0, 100, 100)));
                List<PersonDetection> expected = fixed.detectIn(frame, whole);
                assertFalse(expected.isEmpty(), "the frame shows a person");
                assertEquals(expected, fitted.detectIn(frame, whole));
                assertFalse(fitted.detect(frame).isEmpty(), "the door crop, run at 384, shows the person too");
            }
        } finally {
            Files.deleteIfExists(symbolic);
        }
    }
}
