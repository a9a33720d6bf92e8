package dev.threshold.domain.door;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where doors and their cameras are kept. */
public interface DoorRepository {

    Optional<Door> find(String lockId);

    void store(Door door);

    void remove(Door door);

    /** All doors by name, with their cameras. */
    List<Door> all();

    /** The doors a camera watches. */
    List<Door> watchedBy(UUID cameraId);

    /** How many doors belong to the further place {@code placeId}; {@code null}: to the first place. */
    long countInPlace(UUID placeId);
}
