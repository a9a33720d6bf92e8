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
 *
 * @param nearMetres how close to the door segment (metres on the floor) a track or detection keeps every frame
 *                   analysed; at 5 fps two frames are 0.4 s, and a brisk 2 m/s walk covers 0.8 m of it
 */
public record DoorClearCadence(double nearMetres) {

    /** 2.5 m: three times what a brisk walker covers between two analysed frames at 5 fps. */
    public static DoorClearCadence defaults() {
        return new DoorClearCadence(2.5);
    }

    /** Every frame analysed, as before this rule: for comparison in benches. */
    public static DoorClearCadence everyFrame() {
        return new DoorClearCadence(Double.POSITIVE_INFINITY);
    }

    /**
     * @param previousLeftOut whether the frame before this one was left out (two in a row never are)
     * @param tracks          the tracker's tracks after the previous analysed frame
     * @param lastSeen        what the detector found the last time it ran
     * @return true when this frame may be left out
     */
    public boolean mayLeaveOut(
            boolean previousLeftOut, List<Track> tracks, List<FloorObservation> lastSeen, FloorGeometry geometry) {
        if (previousLeftOut || Double.isInfinite(nearMetres)) {
            return false;
        }
        for (Track t : tracks) {
            if (near(t.position(), geometry)) {
                return false;
            }
        }
        for (FloorObservation o : lastSeen) {
            if (near(o.position(), geometry)) {
                return false;
            }
        }
        return true;
    }

    private boolean near(FloorPoint p, FloorGeometry geometry) {
        return doorDistance(p, geometry) < nearMetres;
    }

    /** Distance in metres from the door segment (not the infinite line: the floor beside a wall is not the door). */
    static double doorDistance(FloorPoint p, FloorGeometry geometry) {
        double across = geometry.signedDoorDistance(p);
        double along = geometry.alongDoor(p);
        double beyond = along < 0 ? -along : Math.max(0, along - 1);
        return Math.hypot(across, beyond * geometry.doorLengthMeters());
    }
}
