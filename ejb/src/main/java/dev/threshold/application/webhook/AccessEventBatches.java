package dev.threshold.application.webhook;

import dev.threshold.infrastructure.batching.BatchCommitter;
import jakarta.ejb.EJBException;
import java.util.List;

/** Records webhook events for the group commit: a batch in one transaction, or one event in its own. */
final class AccessEventBatches implements BatchCommitter<ReceivedKisiEvent, RecordedEvent> {

    private final AccessEventService accessEvents;

    AccessEventBatches(AccessEventService accessEvents) {
        this.accessEvents = accessEvents;
    }

    @Override
    public List<RecordedEvent> commitAll(List<ReceivedKisiEvent> batch) {
        return accessEvents.recordEvents(batch);
    }

    /** A delivery that lost a race with another (same uuid, committed first) is answered as the duplicate it is. */
    @Override
    public RecordedEvent commitOne(ReceivedKisiEvent received) {
        try {
            return accessEvents.recordEvent(received);
        } catch (EJBException lostRace) {
            return accessEvents.findRecorded(received.event().uuid()).orElseThrow(() -> lostRace);
        }
    }
}
