package dev.threshold.domain.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where access events are kept. */
public interface AccessEventRepository {

    Optional<AccessEvent> findByKisiUuid(String kisiUuid);

    /** Those of the given Kisi uuids that are stored already, in one look-up. */
    List<AccessEvent> findByKisiUuids(Collection<String> kisiUuids);

    void store(AccessEvent event);

    /** The most recently received events first. */
    List<AccessEvent> latest(int limit);
}
