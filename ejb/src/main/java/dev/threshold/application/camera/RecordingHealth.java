package dev.threshold.application.camera;

import dev.threshold.infrastructure.video.RecorderStatus;

/** What an administrator sees of one camera's recording. */
public record RecordingHealth(boolean recording, long segmentsWritten, long segmentsDeleted, String lastError) {

    static RecordingHealth of(RecorderStatus status) {
        return status == null
                ? null
                : new RecordingHealth(
                        status.recording(), status.segmentsWritten(), status.segmentsDeleted(), status.lastError());
    }
}
