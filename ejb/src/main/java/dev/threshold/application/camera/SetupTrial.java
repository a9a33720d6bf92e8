package dev.threshold.application.camera;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a set-up test stands: running (with how far it got), finished with the crossings it found, or failed with the
 * reason in words.
 *
 * @param source     what was replayed, in words ("uploaded clip", "recording 10:02:00–10:07:00 UTC")
 * @param detector   which detector counted, in words
 * @param progress   0 to 1, the share of the video analysed
 * @param startsAt   when the replayed video starts, for a recording; null for an uploaded clip
 * @param error      why it failed, in words; null unless failed
 * @param firstFrame whether the video's first frame is kept ({@link SetupTrials#firstFrame})
 */
public record SetupTrial(
        String id,
        UUID cameraId,
        String source,
        String detector,
        State state,
        double progress,
        long framesAnalysed,
        Instant startsAt,
        List<TrialCrossing> crossings,
        String error,
        boolean firstFrame) {

    public enum State {
        RUNNING,
        FINISHED,
        FAILED
    }

    public SetupTrial {
        crossings = List.copyOf(crossings);
    }

    /**
     * One crossing found.
     *
     * @param offsetSeconds into the replayed video
     * @param direction     "in" or "out"
     * @param picture       whether a picture of it is kept ({@link SetupTrials#crossingPicture})
     */
    public record TrialCrossing(
            double offsetSeconds, Instant at, String direction, double confidence, boolean picture) {}
}
