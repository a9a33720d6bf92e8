package dev.threshold.bench;

import dev.threshold.analytics.application.JpegFrameStoreTrip;
import dev.threshold.analytics.vision.detection.Detector;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.pipeline.CameraPipeline;
import dev.threshold.analytics.vision.pipeline.DetectorChoice;
import dev.threshold.analytics.vision.pipeline.PipelineSettings;
import dev.threshold.analytics.vision.replay.ClipReplay;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one case's clip through a fresh camera pipeline ({@link ClipReplay}): every frame at the case's fps, or as the
 * server analyses a camera, decimated to an analysis rate and through the frame store's JPEG.
 */
public final class CaseRunner {

    private final DetectorChoice detector;
    private final DetectorSettings detectorSettings;
    private final Double rate;
    private final int phase;

    /**
     * @param detectorSettings the ONNX detector's settings (unused by the model-free one)
     * @param rate analysis rate in frames per second (the clip decimated as a camera reader would), null = every frame
     */
    public CaseRunner(DetectorChoice detector, DetectorSettings detectorSettings, Double rate) {
        this(detector, detectorSettings, rate, 0);
    }

    /** @param phase frames of each clip skipped before the first analysed one: the same rate from another frame */
    public CaseRunner(DetectorChoice detector, DetectorSettings detectorSettings, Double rate, int phase) {
        this.detector = detector;
        this.detectorSettings = detectorSettings;
        this.rate = rate;
        this.phase = phase;
    }

    public CaseResult run(EvalCase c) {
        List<CrossingMatch.Detected> detected = new ArrayList<>();
        double analysed = rate == null ? c.fps() : Math.min(rate, c.fps());
        try (Detector d = detector.create(c.scene(), analysed, detectorSettings)) {
            CameraPipeline pipeline = new CameraPipeline(c.scene(), d, PipelineSettings.forFrameRate(analysed));
            StageRecorder stages = new StageRecorder();
            pipeline.trace(stages);
            ClipReplay.Outcome outcome = ClipReplay.replay(
                    c.clip(),
                    c.fps(),
                    rate,
                    phase,
                    pipeline,
                    JpegFrameStoreTrip.INSTANCE,
                    (crossing, frame) -> detected.add(new CrossingMatch.Detected(
                            seconds(crossing.at()), crossing.direction(), crossing.trackId())));
            CrossingMatch.Pairing pairing = CrossingMatch.pair(c.crossings(), detected, c.toleranceSeconds());
            return new CaseResult(
                    c,
                    detected,
                    CrossingMatch.of(c.crossings(), detected, c.toleranceSeconds()),
                    pairing,
                    LossAnalysis.of(c, detected, pairing, stages.frames()),
                    outcome.peopleSeen(),
                    outcome.frames(),
                    outcome.framesDetected(),
                    outcome.fixturesDropped(),
                    outcome.millisPerFrame());
        }
    }

    private static double seconds(Instant at) {
        return Duration.between(Instant.EPOCH, at).toNanos() / 1e9;
    }
}
