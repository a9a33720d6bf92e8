package dev.threshold.analytics.vision.pipeline;

import dev.threshold.analytics.vision.detection.Detector;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.detection.YoloxOnnxDetector;
import dev.threshold.analytics.vision.foreground.BackgroundSubtractionDetector;
import dev.threshold.analytics.vision.foreground.ForegroundSettings;
import dev.threshold.domain.scene.Scene;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Which detector a camera's pipeline runs ({@code threshold.detector.kind}): {@code onnx} needs the model file,
 * {@code model-free} never does, and {@code auto} takes the ONNX detector when the model file exists and the model-free
 * one otherwise, so an installation without a model still counts.
 *
 * @param model the YOLOX ONNX file ({@code threshold.detector.model}), when one is configured
 */
public record DetectorChoice(Kind kind, Optional<Path> model) {

    public enum Kind {
        ONNX, MODEL_FREE, AUTO;

        /** @throws IllegalArgumentException naming the accepted values */
        public static Kind parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "onnx" -> ONNX;
                case "model-free" -> MODEL_FREE;
                case "auto", "" -> AUTO;
                default -> throw new IllegalArgumentException("threshold.detector.kind: '" + text
                        + "' is none of onnx, model-free, auto");
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
        return new DetectorChoice(Kind.parse(kind), model.filter(m -> !m.isBlank()).map(Path::of));
    }

    /** ONNX or model-free, never auto; ONNX even without a readable model when asked for it (create then says why). */
    public Kind resolved() {
        if (kind != Kind.AUTO) {
            return kind;
        }
        return model.filter(Files::isReadable).isPresent() ? Kind.ONNX : Kind.MODEL_FREE;
    }

    /**
     * Why this choice cannot count anybody, in words for the log or the console: ONNX chosen (or forced) without a
     * readable model file. Empty when a detector can be created.
     */
    public Optional<String> unusable() {
        if (resolved() == Kind.ONNX && model.filter(Files::isReadable).isEmpty()) {
            return Optional.of("No person detector: threshold.detector.kind is onnx but threshold.detector.model names"
                    + " no readable YOLOX ONNX file (" + model.map(Path::toString).orElse("not set") + ")");
        }
        return Optional.empty();
    }

    /** @throws IllegalArgumentException when ONNX is chosen and the model file is missing or unusable */
    public Detector create(Scene scene, double fps, DetectorSettings onnxSettings) {
        if (resolved() == Kind.MODEL_FREE) {
            return new BackgroundSubtractionDetector(scene, ForegroundSettings.defaults(), fps);
        }
        Path file = model.orElseThrow(() -> new IllegalArgumentException(
                "threshold.detector.kind is onnx but threshold.detector.model names no model file"));
        return new YoloxOnnxDetector(file, scene, onnxSettings);
    }

    /** In words, for logs and reports. */
    public String describe() {
        return resolved() == Kind.MODEL_FREE ? "the model-free detector (background subtraction)"
                : "the ONNX detector with " + model.map(Path::toString).orElse("no model");
    }
}
