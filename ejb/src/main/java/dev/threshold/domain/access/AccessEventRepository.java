package dev.threshold.domain.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where access events are kept. */
public interface AccessEventRepository {

    Optional<AccessEvent> findByKisiUuid(String kisiUuid);

    void store(AccessEvent event);

    /** The most recently received events first. */
    List<AccessEvent> latest(int limit);

    /** A lock's events created (by Kisi's clock) between two moments, oldest first. */
    List<AccessEvent> ofLockBetween(String lockId, Instant from, Instant to);

    /** Kisi's created_at and our received_at of the most recently received events: how late webhooks arrive. */
    List<Instant[]> recentDeliveries(int limit);
}
