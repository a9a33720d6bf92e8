package dev.threshold.analytics.vision.replay;

import dev.threshold.analytics.vision.crossing.LineCrossing;
import dev.threshold.analytics.vision.detection.VideoFrame;
import dev.threshold.analytics.vision.pipeline.CameraPipeline;
import java.nio.file.Path;

/**
 * Feeds a clip to a camera pipeline the way a camera would: every frame at the clip's rate, or as the server analyses
 * a camera — decimated to an analysis rate as its camera reader does, and each frame through the frame store's trip
 * (a JPEG and back, given by the caller: {@link FrameStoreTrip}). Frames are stamped with index ÷ nominal fps from the epoch,
 * so a crossing's time is its offset into the clip.
 */
public final class ClipReplay {

    /** What the caller wants to hear while the clip plays; both run on the replaying thread. */
    public interface Listener {

        /** A crossing, with the frame that showed it (the person on the new side). */
        void crossed(LineCrossing crossing, VideoFrame frame);

        /** After each analysed frame. */
        default void analysed(VideoFrame frame) {}
    }

    /**
     * How the replay went: frames analysed, of them those the detector ran on, its boxes dropped as fixtures, people
     * tracked, cost per frame.
     */
    public record Outcome(
            long frames, long framesDetected, long fixturesDropped, long peopleSeen, double millisPerFrame) {}

    private ClipReplay() {}

    /**
     * @param fps     the clip's nominal frame rate
     * @param rate    analysis rate; null analyses every frame as decoded (no JPEG), as the harness's default does
     * @param stored  what the frame store does to each frame analysed at {@code rate}
     */
    public static Outcome replay(
            Path clip, double fps, Double rate, CameraPipeline pipeline, FrameStoreTrip stored, Listener listener) {
        return replay(clip, fps, rate, 0, pipeline, stored, listener);
    }

    /** @param phase frames of the clip skipped before the first analysed one ({@link ClipFrames#forEach}) */
    public static Outcome replay(
            Path clip,
            double fps,
            Double rate,
            int phase,
            CameraPipeline pipeline,
            FrameStoreTrip stored,
            Listener listener) {
        double analysed = rate == null ? fps : Math.min(rate, fps);
        long started = System.nanoTime();
        long frames = ClipFrames.forEach(clip, fps, analysed, phase, decoded -> {
            VideoFrame frame = rate == null ? decoded : stored.apply(decoded);
            for (LineCrossing crossing : pipeline.process(frame)) {
                listener.crossed(crossing, frame);
            }
            listener.analysed(frame);
        });
        double ms = (System.nanoTime() - started) / 1e6 / Math.max(1, frames);
        return new Outcome(frames, pipeline.framesDetected(), pipeline.fixturesDropped(), pipeline.peopleSeen(), ms);
    }
}
