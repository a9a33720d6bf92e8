package dev.threshold.bench;

import dev.threshold.analytics.vision.crossing.DoorCrossing;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.detection.YoloxOnnxDetector;
import dev.threshold.analytics.vision.pipeline.CameraPipeline;
import dev.threshold.analytics.vision.pipeline.PipelineSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Runs one case's clip through a fresh camera pipeline with the ONNX detector, the way a camera would feed it. */
public final class CaseRunner {

    private final Path model;
    private final DetectorSettings detectorSettings;

    public CaseRunner(Path model, DetectorSettings detectorSettings) {
        this.model = model;
        this.detectorSettings = detectorSettings;
    }

    public CaseResult run(EvalCase c) {
        List<CrossingMatch.Detected> detected = new ArrayList<>();
        try (YoloxOnnxDetector detector = new YoloxOnnxDetector(model, c.scene(), detectorSettings)) {
            CameraPipeline pipeline = new CameraPipeline(c.scene(), detector, PipelineSettings.forFrameRate(c.fps()));
            long started = System.nanoTime();
            long frames = ClipFrames.forEach(c.clip(), c.fps(), frame -> {
                for (DoorCrossing crossing : pipeline.process(frame)) {
                    detected.add(new CrossingMatch.Detected(seconds(crossing.at()), crossing.direction()));
                }
            });
            double ms = (System.nanoTime() - started) / 1e6 / Math.max(1, frames);
            return new CaseResult(c, detected, CrossingMatch.of(c.crossings(), detected, c.toleranceSeconds()),
                    pipeline.peopleSeen(), frames, pipeline.framesDetected(), ms);
        }
    }

    private static double seconds(Instant at) {
        return Duration.between(Instant.EPOCH, at).toNanos() / 1e9;
    }
}
