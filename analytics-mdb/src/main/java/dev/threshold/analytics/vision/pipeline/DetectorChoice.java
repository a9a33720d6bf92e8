package dev.threshold.analytics.vision.pipeline;

import dev.threshold.analytics.vision.detection.Detector;
import dev.threshold.analytics.vision.detection.DetectorModel;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.detection.YoloxOnnxDetector;
import dev.threshold.analytics.vision.foreground.BackgroundSubtractionDetector;
import dev.threshold.analytics.vision.foreground.ForegroundSettings;
import dev.threshold.domain.scene.Scene;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Which detector a camera's pipeline runs ({@code threshold.detector.kind}): {@code auto} (the default) and
 * {@code onnx} run YOLOX in ONNX Runtime, with the YOLOX-nano model bundled with Threshold unless
 * {@code threshold.detector.model} names another file; {@code model-free} (background subtraction, a fallback that
 * misses people who stand still or walk close together) runs only when asked for by name.
 *
 * @param model the administrator's YOLOX ONNX file ({@code threshold.detector.model}); empty for the bundled model
 */
public record DetectorChoice(Kind kind, Optional<Path> model) {

    public enum Kind {
        ONNX,
        MODEL_FREE,
        AUTO;

        /** @throws IllegalArgumentException naming the accepted values */
        public static Kind parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "onnx" -> ONNX;
                case "model-free" -> MODEL_FREE;
                case "auto", "" -> AUTO;
                default ->
                    throw new IllegalArgumentException(
                            "threshold.detector.kind: '" + text + "' is none of onnx, model-free, auto");
            };
        }

        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public DetectorChoice {
        model = model.filter(p -> !p.toString().isBlank());
    }

    public static DetectorChoice of(String kind, Optional<String> model) {
        return new DetectorChoice(
                Kind.parse(kind), model.filter(m -> !m.isBlank()).map(Path::of));
    }

    /** The default: the bundled model. */
    public static DetectorChoice bundled() {
        return new DetectorChoice(Kind.AUTO, Optional.empty());
    }

    /** ONNX or model-free, never auto: auto is the ONNX detector (with the bundled model unless a file is named). */
    public Kind resolved() {
        return kind == Kind.MODEL_FREE ? Kind.MODEL_FREE : Kind.ONNX;
    }

    /** Whether the weak fallback was asked for, which the console warns about on every camera's page. */
    public boolean modelFree() {
        return resolved() == Kind.MODEL_FREE;
    }

    /** The model the ONNX detector runs: the named file, else the bundled one. */
    public DetectorModel detectorModel() {
        return model.map(DetectorModel::file).orElseGet(DetectorModel::bundled);
    }

    /**
     * Why this choice cannot count anybody, in words for the log or the console: a model file named that cannot be
     * read (it is not replaced by the bundled model behind the administrator's back). Empty when a detector can be
     * created.
     */
    public Optional<String> unusable() {
        if (resolved() == Kind.ONNX && !detectorModel().readable()) {
            return Optional.of("No person detector: threshold.detector.model names no readable YOLOX ONNX file ("
                    + model.map(Path::toString).orElse("") + "); remove the setting to use the bundled model");
        }
        return Optional.empty();
    }

    /** @throws IllegalArgumentException when the named model file is missing or unusable */
    public Detector create(Scene scene, double fps, DetectorSettings onnxSettings) {
        if (resolved() == Kind.MODEL_FREE) {
            return new BackgroundSubtractionDetector(scene, ForegroundSettings.defaults(), fps);
        }
        if (!detectorModel().readable()) {
            throw new IllegalArgumentException("threshold.detector.model names no readable model file ("
                    + model.map(Path::toString).orElse("") + ")");
        }
        return new YoloxOnnxDetector(detectorModel(), scene, onnxSettings);
    }

    /** In words, for logs and reports. */
    public String describe() {
        return resolved() == Kind.MODEL_FREE
                ? "the model-free detector (background subtraction, a fallback)"
                : "the ONNX detector with " + detectorModel().describe();
    }
}
