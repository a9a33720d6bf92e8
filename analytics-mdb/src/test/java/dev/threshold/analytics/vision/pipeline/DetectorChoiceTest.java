package dev.threshold.analytics.vision.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.TestScenes;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.foreground.BackgroundSubtractionDetector;
import dev.threshold.domain.scene.SceneJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectorChoiceTest {

    @Test
    void autoTakesTheModelWhenItsFileExistsAndCountsWithoutOneOtherwise(@TempDir Path dir) throws Exception {
        Path model = Files.writeString(dir.resolve("model.onnx"), "x");
        assertEquals(DetectorChoice.Kind.ONNX, DetectorChoice.of("auto", Optional.of(model.toString())).resolved());
        assertEquals(DetectorChoice.Kind.MODEL_FREE,
                DetectorChoice.of("auto", Optional.of(dir.resolve("missing.onnx").toString())).resolved());
        assertEquals(DetectorChoice.Kind.MODEL_FREE, DetectorChoice.of("", Optional.empty()).resolved());
        assertEquals(DetectorChoice.Kind.MODEL_FREE, DetectorChoice.of("Model-Free", Optional.of(model.toString())).resolved());
    }

    @Test
    void onnxWithoutAModelSaysWhy() {
        DetectorChoice onnx = DetectorChoice.of("onnx", Optional.of(" "));
        assertEquals(DetectorChoice.Kind.ONNX, onnx.resolved());
        var e = assertThrows(IllegalArgumentException.class,
                () -> onnx.create(SceneJson.parse(TestScenes.CAVIAR), 5, DetectorSettings.defaults()));
        assertTrue(e.getMessage().contains("threshold.detector.model"), e.getMessage());
    }

    @Test
    void onlyOnnxWithoutAReadableModelIsUnusable(@TempDir Path dir) throws Exception {
        Path model = Files.writeString(dir.resolve("model.onnx"), "x");
        String why = DetectorChoice.of("onnx", Optional.of(dir.resolve("gone.onnx").toString())).unusable().orElseThrow();
        assertTrue(why.contains("threshold.detector.model") && why.contains("gone.onnx"), why);
        assertTrue(DetectorChoice.of("onnx", Optional.of(model.toString())).unusable().isEmpty());
        assertTrue(DetectorChoice.of("auto", Optional.empty()).unusable().isEmpty(), "auto falls back to model-free");
        assertTrue(DetectorChoice.of("model-free", Optional.empty()).unusable().isEmpty());
    }

    @Test
    void anUnknownKindNamesTheAcceptedOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> DetectorChoice.of("yolo", Optional.empty()));
        assertEquals("threshold.detector.kind: 'yolo' is none of onnx, model-free, auto", e.getMessage());
    }

    @Test
    void modelFreeBuildsTheBackgroundSubtractionDetector() {
        try (var detector = DetectorChoice.of("model-free", Optional.empty())
                .create(SceneJson.parse(TestScenes.CAVIAR), 5, DetectorSettings.defaults())) {
            assertTrue(detector instanceof BackgroundSubtractionDetector, detector.getClass().getName());
        }
    }
}
