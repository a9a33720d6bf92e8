package dev.threshold.bench;

import dev.threshold.analytics.vision.crossing.DoorCrossing;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.detection.Detector;
import dev.threshold.analytics.vision.pipeline.CameraPipeline;
import dev.threshold.analytics.vision.pipeline.DetectorChoice;
import dev.threshold.analytics.vision.pipeline.PipelineSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one case's clip through a fresh camera pipeline, the way a camera would feed it: every frame at the case's fps,
 * or decimated to an analysis rate as the server's camera reader does.
 */
public final class CaseRunner {

    private final DetectorChoice detector;
    private final DetectorSettings detectorSettings;
    private final Double rate;

    /** Analyses every frame of a clip with the ONNX detector. */
    public CaseRunner(Path model, DetectorSettings detectorSettings) {
        this(new DetectorChoice(DetectorChoice.Kind.ONNX, Optional.of(model)), detectorSettings, null);
    }

    /**
     * @param detectorSettings the ONNX detector's settings (unused by the model-free one)
     * @param rate analysis rate in frames per second (the clip decimated as a camera reader would), null = every frame
     */
    public CaseRunner(DetectorChoice detector, DetectorSettings detectorSettings, Double rate) {
        this.detector = detector;
        this.detectorSettings = detectorSettings;
        this.rate = rate;
    }

    public CaseResult run(EvalCase c) {
        List<CrossingMatch.Detected> detected = new ArrayList<>();
        double analysed = rate == null ? c.fps() : Math.min(rate, c.fps());
        try (Detector d = detector.create(c.scene(), analysed, detectorSettings)) {
            CameraPipeline pipeline = new CameraPipeline(c.scene(), d, PipelineSettings.forFrameRate(analysed));
            long started = System.nanoTime();
            long frames = ClipFrames.forEach(c.clip(), c.fps(), analysed, frame -> {
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
