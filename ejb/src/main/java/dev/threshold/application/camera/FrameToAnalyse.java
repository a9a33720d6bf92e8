package dev.threshold.application.camera;

import dev.threshold.infrastructure.messaging.FrameJob;
import java.time.Instant;

/**
 * A frame of a camera waiting for the analysis, as its job on the {@code frames} queue names it: the camera, when the
 * frame was captured, where the frame store keeps it, and what it belongs to ({@link #sourceId}).
 */
public record FrameToAnalyse(String cameraId, Instant capturedAt, String frameRef, String sourceId) {

    /** A job as the {@code frames} queue carries it (JSON); refused with an IllegalArgumentException when malformed. */
    public static FrameToAnalyse fromMessage(String body) {
        FrameJob job = FrameJob.fromJson(body);
        return new FrameToAnalyse(job.cameraId(), job.capturedAt(), job.frameRef(), job.sourceId());
    }
}
