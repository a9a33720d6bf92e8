package dev.threshold.domain.label;

import dev.threshold.domain.access.AccessEvent;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Where the webhook's events are written in bulk, with the labels put on them (here, beside the labels, so that
 * labels know access events and not the other way round): a group commit records dozens of events with their labels in one
 * transaction, and per-row bookkeeping (one query per uuid, an entity each) cost more than the rows themselves.
 */
public interface AccessEventBatchRepository {

    /** Which of these Kisi uuids are stored already (in one look-up, not one per uuid). */
    Set<String> storedKisiUuids(Collection<String> kisiUuids);

    /**
     * Stores new events and the labels put on them, in the caller's transaction. A Kisi uuid stored before fails the
     * whole call (the unique key), so the caller's transaction rolls back with nothing half-written.
     */
    default void storeAll(List<AccessEvent> events, List<Label> labels) {
        storeEvents(events);
        storeLabels(labels);
    }

    /** Stores new events, in the caller's transaction; a Kisi uuid stored before fails the whole call. */
    void storeEvents(List<AccessEvent> events);

    /** Stores labels of access events stored before (or earlier in the caller's transaction), in one batch. */
    void storeLabels(List<Label> labels);
}
