package dev.threshold.infrastructure.video;

import java.time.Instant;
import java.util.List;

/**
 * What an administrator needs to see about one camera's stream, taken at one moment.
 *
 * @param connected     whether frames are arriving now
 * @param inputFps      frames decoded per second from the camera (over the last few seconds)
 * @param analysedFps   frames handed to the analysis per second
 * @param droppedFrames frames refused because the analysis was behind, since the reader started
 * @param lastFrameAt   when this server last received a frame; null if never
 * @param lastError     the last problem in words (e.g. "wrong user name or password (401)"); null if none
 * @param reconnects    connection attempts after the first
 * @param gaps          the most recent outages, oldest first; the last one is ongoing while disconnected
 * @param finished      the reader has ended (stopped, or a video file was read to its end)
 */
public record CameraHealth(
        String cameraId,
        boolean connected,
        double inputFps,
        double analysedFps,
        long droppedFrames,
        Instant lastFrameAt,
        String lastError,
        long reconnects,
        List<StreamGap> gaps,
        boolean finished) {

    public CameraHealth {
        gaps = List.copyOf(gaps);
    }
}
