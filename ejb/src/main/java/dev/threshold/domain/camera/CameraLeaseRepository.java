package dev.threshold.domain.camera;

import java.time.Instant;
import java.util.UUID;

/** Where the camera leases are kept: one row per camera, shared by every node of a cluster (the database). */
public interface CameraLeaseRepository {

    /**
     * Takes or renews {@code wanted} for its holder when {@link CameraLease#mayBeTakenBy} allows it against the
     * stored lease at {@code now} (or there is none), in one conditional write.
     *
     * @return true when the holder now has the lease; false when another node still holds it
     */
    boolean take(CameraLease wanted, Instant now);

    /** Gives up {@code node}'s lease of the camera, so another node may take it at once; no-op when not its own. */
    void release(UUID cameraId, String node);

    /** Whether a node other than {@code node} holds the camera's lease at {@code now} (and so reads the camera). */
    boolean heldByAnother(UUID cameraId, String node, Instant now);
}
