package dev.threshold.domain.camera;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Where counted crossings are kept. */
public interface DoorCrossingRepository {

    boolean exists(UUID cameraId, long trackId, Instant crossedAt);

    void store(DoorCrossing crossing);

    List<DoorCrossing> ofCamera(UUID cameraId);
}
