package dev.threshold.demo;

import java.time.Instant;

/**
 * Holds the demo's people and their badges until the demo camera is actually analysed, so that a new user's first
 * tailgater is seen: on a first start the camera's analysis begins some seconds after deployment (natives, the
 * detector's model, the first frames through the queue), and a passage played before that was lost, or cut in half
 * (a badge posted for someone the camera never saw, or someone counted who badged before the analysis began).
 * <p>
 * While held the camera shows the empty lobby and the Kisi stand-in posts nothing; once released
 * ({@link KisiStandIn} sees the first analysed frame of this deployment) every passage of the loop that starts from
 * then on plays, whole: its people on the camera and its badge at Kisi. The loop still follows the clock (a passage
 * begun before the release is left out, not delayed), so the demo footage rendered again later for snapshots, clips
 * and the viewer is the same. Nothing is held unless the stand-in holds it (the demo off: a {@code demo:door} camera
 * plays everything).
 * <p>
 * State of the deployment (the EAR's class loader), shared by the stand-in and the demo camera's grabber, which the
 * camera reader creates with {@code new} and cannot be handed a bean.
 */
public final class DemoHold {

    private static volatile boolean holding;
    private static volatile Instant releasedAt;

    private DemoHold() {}

    /** From now on nothing plays until {@link #release(Instant)}. */
    static void hold() {
        releasedAt = null;
        holding = true;
    }

    /** Passages that start at {@code at} or later play. */
    static void release(Instant at) {
        releasedAt = at;
    }

    static boolean held() {
        return holding && releasedAt == null;
    }

    /** Whether a passage of the loop that starts at {@code start} plays (its people shown, its badge posted). */
    static boolean plays(Instant start) {
        if (!holding) {
            return true;
        }
        Instant released = releasedAt;
        return released != null && !start.isBefore(released);
    }
}
