package dev.threshold.domain.access;

import java.util.List;
import java.util.Optional;

/** Where access events are kept. */
public interface AccessEventRepository {

    Optional<AccessEvent> findByKisiUuid(String kisiUuid);

    void store(AccessEvent event);

    /** The most recently received events first. */
    List<AccessEvent> latest(int limit);
}
