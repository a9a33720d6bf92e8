package dev.threshold.bench;

import dev.threshold.analytics.vision.crossing.DoorCrossing;
import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.analytics.vision.detection.Detector;
import dev.threshold.analytics.vision.pipeline.CameraPipeline;
import dev.threshold.analytics.vision.pipeline.DetectorChoice;
import dev.threshold.analytics.vision.pipeline.PipelineSettings;
import dev.threshold.infrastructure.video.JpegCodec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one case's clip through a fresh camera pipeline, the way a camera would feed it: every frame at the case's fps,
 * or as the server analyses a camera — decimated to an analysis rate as its camera reader does, and each frame through
 * the frame store's JPEG (quality {@value JpegCodec#DEFAULT_QUALITY}) and back.
 */
public final class CaseRunner {

    private final DetectorChoice detector;
    private final DetectorSettings detectorSettings;
    private final Double rate;

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
                for (DoorCrossing crossing : pipeline.process(rate == null ? frame : throughFrameStore(frame))) {
                    detected.add(new CrossingMatch.Detected(seconds(crossing.at()), crossing.direction()));
                }
            });
            double ms = (System.nanoTime() - started) / 1e6 / Math.max(1, frames);
            return new CaseResult(c, detected, CrossingMatch.of(c.crossings(), detected, c.toleranceSeconds()),
                    pipeline.peopleSeen(), frames, pipeline.framesDetected(), ms);
        }
    }

    /** What the server's analysis reads: the frame as the frame store keeps it, a JPEG, decoded again. */
    private static VideoFrame throughFrameStore(VideoFrame frame) {
        byte[] jpeg = JpegCodec.encode(frame.bgr(), frame.width(), frame.height(), JpegCodec.DEFAULT_QUALITY);
        var decoded = JpegCodec.decode("case", frame.capturedAt(), jpeg);
        return new VideoFrame(decoded.width(), decoded.height(), decoded.bgr(), frame.capturedAt());
    }

    private static double seconds(Instant at) {
        return Duration.between(Instant.EPOCH, at).toNanos() / 1e9;
    }
}
