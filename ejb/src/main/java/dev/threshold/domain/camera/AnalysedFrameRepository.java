package dev.threshold.domain.camera;

import java.time.Instant;
import java.util.List;

/** Where analysed frames are kept. */
public interface AnalysedFrameRepository {

    boolean exists(String cameraId, Instant capturedAt);

    void store(AnalysedFrame frame);

    /** A camera's frames in capture order. */
    List<AnalysedFrame> ofCamera(String cameraId);
}
