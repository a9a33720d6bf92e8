package dev.threshold.analytics.vision.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.TestScenes;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.detection.YoloxOnnxDetector;
import dev.threshold.analytics.vision.foreground.BackgroundSubtractionDetector;
import dev.threshold.domain.scene.SceneJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DetectorChoiceTest {

    @Test
    void autoAndOnnxRunTheBundledModelUnlessAFileIsNamedAndModelFreeOnlyByName(@TempDir Path dir) throws Exception {
        Path model = Files.writeString(dir.resolve("model.onnx"), "x");
        DetectorChoice byDefault = DetectorChoice.of("", Optional.empty());
        assertEquals(DetectorChoice.Kind.ONNX, byDefault.resolved());
        assertTrue(byDefault.detectorModel().isBundled());
        assertEquals("the ONNX detector with the bundled YOLOX-nano model", byDefault.describe());
        assertTrue(DetectorChoice.of("onnx", Optional.of(" ")).detectorModel().isBundled());
        DetectorChoice file = DetectorChoice.of("auto", Optional.of(model.toString()));
        assertEquals(DetectorChoice.Kind.ONNX, file.resolved());
        assertEquals(Optional.of(model), file.detectorModel().file());
        assertEquals(
                DetectorChoice.Kind.MODEL_FREE,
                DetectorChoice.of("Model-Free", Optional.of(model.toString())).resolved());
        assertTrue(DetectorChoice.of("model-free", Optional.empty()).modelFree());
        assertFalse(byDefault.modelFree());
    }

    @Test
    void theBundledModelBuildsAnOnnxDetector() {
        try (var detector =
                DetectorChoice.bundled().create(SceneJson.parse(TestScenes.CAVIAR), 5, DetectorSettings.defaults())) {
            assertTrue(
                    detector instanceof YoloxOnnxDetector, detector.getClass().getName());
        }
    }

    @Test
    void aNamedModelFileThatCannotBeReadIsUnusableAndSaysWhy(@TempDir Path dir) throws Exception {
        Path model = Files.writeString(dir.resolve("model.onnx"), "x");
        for (String kind : new String[] {"onnx", "auto"}) {
            DetectorChoice gone =
                    DetectorChoice.of(kind, Optional.of(dir.resolve("gone.onnx").toString()));
            String why = gone.unusable().orElseThrow();
            assertTrue(why.contains("threshold.detector.model") && why.contains("gone.onnx"), why);
            var e = assertThrows(
                    IllegalArgumentException.class,
                    () -> gone.create(SceneJson.parse(TestScenes.CAVIAR), 5, DetectorSettings.defaults()));
            assertTrue(e.getMessage().contains("gone.onnx"), e.getMessage());
        }
        assertTrue(DetectorChoice.of("onnx", Optional.of(model.toString()))
                .unusable()
                .isEmpty());
        assertTrue(DetectorChoice.of("auto", Optional.empty()).unusable().isEmpty(), "the bundled model is there");
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
            assertTrue(
                    detector instanceof BackgroundSubtractionDetector,
                    detector.getClass().getName());
        }
    }
}
