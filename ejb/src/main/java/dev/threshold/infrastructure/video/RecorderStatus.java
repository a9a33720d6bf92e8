package dev.threshold.infrastructure.video;

import java.util.List;

/** What an administrator sees of one camera's recording. */
public record RecorderStatus(
        String cameraId,
        boolean recording,
        long segmentsWritten,
        long segmentsDeleted,
        String lastError,
        long reconnects,
        List<StreamGap> gaps,
        boolean finished) {

    public RecorderStatus {
        gaps = List.copyOf(gaps);
    }
}
