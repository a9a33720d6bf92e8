package dev.threshold.domain.camera;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where analysed frames are kept. */
public interface AnalysedFrameRepository {

    boolean exists(String cameraId, Instant capturedAt);

    void store(AnalysedFrame frame);

    /** The capture time of the camera's (or footage's) latest analysed frame, on whichever node it was analysed. */
    Optional<Instant> latestCapture(String cameraId);

    /** A camera's frames in capture order. */
    List<AnalysedFrame> ofCamera(String cameraId);
}
