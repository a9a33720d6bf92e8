package dev.threshold.domain.camera;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.UUID;

/** Where the occupied floor tiles of each camera are kept over time. */
public interface TileOccupancyRepository {

    /** @return true when the camera has an occupancy starting exactly then (a redelivered frame) */
    boolean exists(UUID cameraId, Instant since);

    void store(TileOccupancy occupancy);

    /** The camera's occupancy in force at {@code at}: the last one that began at or before it. */
    Optional<TileOccupancy> at(UUID cameraId, Instant at);

    /**
     * The camera's occupancy over [from, to]: the row in force at {@code from} and those that began after it, in time
     * order, at most {@code limit}.
     */
    List<TileOccupancy> during(UUID cameraId, Instant from, Instant to, int limit);

    /** The tiles of camera C occupied at time T; empty when nobody stood there or nothing was recorded yet. */
    default SortedSet<Integer> occupiedTilesAt(UUID cameraId, Instant at) {
        return at(cameraId, at).map(TileOccupancy::tiles).orElseGet(java.util.TreeSet::new);
    }
}
