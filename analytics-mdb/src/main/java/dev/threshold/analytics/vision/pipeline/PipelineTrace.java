package dev.threshold.analytics.vision.pipeline;

import dev.threshold.analytics.vision.crossing.LineCrossing;
import dev.threshold.analytics.vision.tracking.FloorObservation;
import dev.threshold.analytics.vision.tracking.Track;
import dev.threshold.domain.scene.FloorGeometry;
import java.time.Instant;
import java.util.List;

/**
 * Sees what each stage of a {@link CameraPipeline} made of a frame, for tools that explain a count (the accuracy
 * harness tells from it where a missed person was lost). Optional: without one the pipeline builds nothing extra.
 */
@FunctionalInterface
public interface PipelineTrace {

    /**
     * Called once per processed frame, on the pipeline's thread, after the door-line zone.
     *
     * @param geometry     the scene scaled to the frame, to place what is listed against the door
     * @param detectorRan  false when the motion gate reused the previous findings
     * @param observations the detections on the floor that the tracker was given
     * @param tracks       the tracker's live tracks; mutable and reused, copy what is kept
     * @param crossings    the crossings this frame completed
     */
    void frame(
            Instant at,
            FloorGeometry geometry,
            boolean detectorRan,
            List<FloorObservation> observations,
            List<Track> tracks,
            List<LineCrossing> crossings);
}
