package dev.threshold.application.camera;

import dev.threshold.infrastructure.video.CameraHealth;
import java.time.Instant;
import java.util.List;

/**
 * What an administrator needs to see about one camera's stream (or an uploaded footage being read), taken at one
 * moment.
 *
 * @param connected     whether frames are arriving now
 * @param inputFps      frames decoded per second (over the last few seconds)
 * @param analysedFps   frames handed to the analysis per second
 * @param droppedFrames frames refused because the analysis was behind, since the reader started
 * @param lastFrameAt   when this server last received a frame; null if never
 * @param lastError     the last problem in words (e.g. "wrong user name or password (401)"); null if none
 * @param reconnects    connection attempts after the first
 * @param gaps          the most recent outages, oldest first; the last one is ongoing while disconnected
 * @param finished      the reader has ended (stopped, or a video file was read to its end)
 */
public record ReaderHealth(
        boolean connected,
        double inputFps,
        double analysedFps,
        long droppedFrames,
        Instant lastFrameAt,
        String lastError,
        long reconnects,
        List<VideoGap> gaps,
        boolean finished) {

    static ReaderHealth of(CameraHealth h) {
        return new ReaderHealth(
                h.connected(),
                h.inputFps(),
                h.analysedFps(),
                h.droppedFrames(),
                h.lastFrameAt(),
                h.lastError(),
                h.reconnects(),
                h.gaps().stream().map(VideoGap::of).toList(),
                h.finished());
    }
}
