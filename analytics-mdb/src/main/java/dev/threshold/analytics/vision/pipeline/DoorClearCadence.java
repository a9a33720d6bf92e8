package dev.threshold.analytics.vision.pipeline;

import dev.threshold.analytics.vision.tracking.FloorObservation;
import dev.threshold.analytics.vision.tracking.Track;
import dev.threshold.domain.scene.FloorGeometry;
import dev.threshold.domain.scene.FloorPoint;
import java.util.List;

/**
 * Lets a camera's pipeline leave out every other frame while nobody is near the door: a crossing needs someone at the
 * door line, and someone further than {@code nearMetres} from it cannot reach it within two analysed frames. A frame left
 * out is not analysed at all (no detector, no tracker update: the tracker predicts over the longer gap at the next
 * frame, as it does after a frame the camera dropped). Near the door, or right after a frame left out, every frame is
 * analysed, so the door line always sees the camera's full rate. The detector's last findings count as "someone",
 * tentative tracks too: a person just appearing at the door is near it from their first detection on.
 * <p>
 * People standing still (a shop's staff, someone waiting) keep every frame analysed only nearer the door, within
 * {@code standingNearMetres}: someone starting from a standstill covers far less than a walker in two frames.
 * Stillness is judged from the detector's own boxes over its last runs ({@link StillFigures}), never from the
 * tracker's speed, and a track counts as standing only while the detector saw it in the latest frame, in a box that
 * stands still: a walker, a track coasting unseen (someone hidden behind another), or a figure that has just started to
 * move keeps the wider distance.
 *
 * @param nearMetres         how close to the door segment (metres on the floor) a track or detection keeps every frame
 *                           analysed; at 5 fps two frames are 0.4 s, and a brisk 2 m/s walk covers 0.8 m of it
 * @param standingNearMetres the same for a figure standing still; at most {@code nearMetres}
 */
public record DoorClearCadence(double nearMetres, double standingNearMetres) {

    /** How much a track's box must overlap a standing detection to be that detection's. */
    private static final double SAME_BOX = 0.5;

    public DoorClearCadence {
        if (!(standingNearMetres <= nearMetres)) {
            throw new IllegalArgumentException("a standing figure cannot need more room than a walker");
        }
    }

    /**
     * 2.5 m: three times what a brisk walker covers between two analysed frames at 5 fps; 1 m for someone standing,
     * who needs more than two frames (0.4 s) to start and reach the door from there.
     */
    public static DoorClearCadence defaults() {
        return new DoorClearCadence(2.5, 1.0);
    }

    /** Every frame analysed, as before this rule: for comparison in benches. */
    public static DoorClearCadence everyFrame() {
        return new DoorClearCadence(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Anyone within 2.5 m of the door keeps every frame, standing or not (this rule's first version): for benches. */
    public static DoorClearCadence standingNotApart() {
        return new DoorClearCadence(2.5, 2.5);
    }

    /** {@link #mayLeaveOut(boolean, List, List, List, FloorGeometry)} with nobody standing still. */
    public boolean mayLeaveOut(
            boolean previousLeftOut, List<Track> tracks, List<FloorObservation> lastSeen, FloorGeometry geometry) {
        return mayLeaveOut(previousLeftOut, tracks, lastSeen, List.of(), geometry);
    }

    /**
     * @param previousLeftOut whether the frame before this one was left out (two in a row never are)
     * @param tracks          the tracker's tracks after the previous analysed frame
     * @param lastSeen        what the detector found the last time it ran
     * @param standing        those of {@code lastSeen} that stand still ({@link StillFigures})
     * @return true when this frame may be left out
     */
    public boolean mayLeaveOut(
            boolean previousLeftOut,
            List<Track> tracks,
            List<FloorObservation> lastSeen,
            List<FloorObservation> standing,
            FloorGeometry geometry) {
        if (previousLeftOut || Double.isInfinite(nearMetres)) {
            return false;
        }
        for (Track t : tracks) {
            if (doorDistance(t.position(), geometry) < (standsStill(t, standing) ? standingNearMetres : nearMetres)) {
                return false;
            }
        }
        for (FloorObservation o : lastSeen) {
            if (doorDistance(o.position(), geometry) < (standing.contains(o) ? standingNearMetres : nearMetres)) {
                return false;
            }
        }
        return true;
    }

    /** A track seen in the latest frame in the box of a figure that stands still. */
    private static boolean standsStill(Track t, List<FloorObservation> still) {
        if (!t.detectedNow()) {
            return false;
        }
        for (FloorObservation o : still) {
            if (o.box().iou(t.box()) >= SAME_BOX) {
                return true;
            }
        }
        return false;
    }

    /** Distance in metres from the door segment (not the infinite line: the floor beside a wall is not the door). */
    static double doorDistance(FloorPoint p, FloorGeometry geometry) {
        double across = geometry.signedDoorDistance(p);
        double along = geometry.alongDoor(p);
        double beyond = along < 0 ? -along : Math.max(0, along - 1);
        return Math.hypot(across, beyond * geometry.doorLengthMeters());
    }
}
