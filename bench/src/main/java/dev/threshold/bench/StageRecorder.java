package dev.threshold.bench;

import dev.threshold.analytics.vision.crossing.LineCrossing;
import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.analytics.vision.pipeline.PipelineTrace;
import dev.threshold.analytics.vision.tracking.FloorObservation;
import dev.threshold.analytics.vision.tracking.Track;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import dev.threshold.domain.scene.ImagePoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps, per analysed frame, where each detection and each track stood relative to the door: enough for
 * {@link LossAnalysis} to tell at which stage a missed person was lost, and small (a few numbers per person and frame).
 */
final class StageRecorder implements PipelineTrace {

    /**
     * A detection or a track placed against the door.
     *
     * @param side       signed distance from the door line in metres, positive inside
     * @param along      position along the door in door lengths (0..1 between its ends)
     * @param onDoorLine the box, in the image, overlaps the door line (the person's body is at the door there, whatever
     *                   floor position its foot point gave)
     * @param detected   a detection continued the track in this frame (always true for a detection)
     */
    record Placed(long trackId, double side, double along, boolean onDoorLine, boolean detected, boolean confirmed) {}

    /** One analysed frame at clip time t. */
    record Frame(double t, FloorGeometry geometry, List<Placed> detections, List<Placed> tracks) {}

    private final List<Frame> frames = new ArrayList<>();

    @Override
    public void frame(
            Instant at,
            FloorGeometry geometry,
            boolean detectorRan,
            List<FloorObservation> observations,
            List<Track> tracks,
            List<LineCrossing> crossings) {
        List<Placed> seen = new ArrayList<>(observations.size());
        for (FloorObservation o : observations) {
            seen.add(place(geometry, -1, o.position(), o.box(), true, false));
        }
        List<Placed> followed = new ArrayList<>(tracks.size());
        for (Track t : tracks) {
            followed.add(place(geometry, t.id(), t.position(), t.box(), t.detectedNow(), t.confirmed()));
        }
        frames.add(new Frame(Duration.between(Instant.EPOCH, at).toNanos() / 1e9, geometry, seen, followed));
    }

    List<Frame> frames() {
        return frames;
    }

    private static Placed place(
            FloorGeometry g, long id, FloorPoint p, BoundingBox box, boolean detected, boolean confirmed) {
        return new Placed(id, g.signedDoorDistance(p), g.alongDoor(p), overlapsDoorLine(g, box), detected, confirmed);
    }

    /** Whether the door line's image segment passes through the box (sampled: boxes are far wider than a step). */
    private static boolean overlapsDoorLine(FloorGeometry g, BoundingBox box) {
        ImagePoint a = g.scene().doorLine().get(0), b = g.scene().doorLine().get(1);
        for (int i = 0; i <= 64; i++) {
            double x = a.x() + (b.x() - a.x()) * i / 64, y = a.y() + (b.y() - a.y()) * i / 64;
            if (x >= box.x1() && x <= box.x2() && y >= box.y1() && y <= box.y2()) {
                return true;
            }
        }
        return false;
    }
}
