package dev.threshold.analytics.application;

import dev.threshold.domain.camera.AnalysedFrame;
import dev.threshold.domain.camera.AnalysedFrameRepository;
import dev.threshold.infrastructure.messaging.FrameJob;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Analyses one frame of a camera. For now it records that the frame was taken in; person detection and tracking
 * replace the body of {@link #analyseFrame} in the counting work, keeping its contract: one frame, once.
 */
@Stateless
public class FrameAnalysisService {

    @Inject
    AnalysedFrameRepository frames;

    @Inject
    Clock clock;

    /** @return false when the frame was analysed before (a redelivered job), which then changes nothing */
    public boolean analyseFrame(FrameJob job) {
        if (frames.exists(job.cameraId(), job.capturedAt())) {
            return false;
        }
        frames.store(new AnalysedFrame(job.cameraId(), job.capturedAt(), job.frameRef(), clock.instant()));
        return true;
    }
}
