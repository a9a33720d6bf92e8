package dev.threshold.domain.camera;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Where counted crossings are kept. */
public interface DoorCrossingRepository {

    boolean exists(UUID cameraId, long trackId, Instant crossedAt);

    void store(DoorCrossing crossing);

    List<DoorCrossing> ofCamera(UUID cameraId);

    /** The people counted walking in on any of these cameras between two moments, oldest first. */
    List<DoorCrossing> entriesOn(Collection<UUID> cameraIds, Instant from, Instant to);
}
