package dev.threshold.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Schedules door window jobs for the {@code door-windows} queue, inside the caller's transaction: the job is written
 * to the outbox and leaves for Artemis right after the commit ({@link OutboxRelay}), so it is sent if and only if the
 * access event that caused it is committed, without a two-phase commit on every webhook request. Jobs of one door
 * share a message group, so one consumer sees them in order.
 */
@ApplicationScoped
public class DoorWindowJobs {

    /** A window's analysis is worthless an hour later; an unconsumed job must not wait forever. */
    static final Duration TIME_TO_LIVE = Duration.ofHours(1);

    @PersistenceContext(unitName = "threshold")
    EntityManager em;

    @Inject
    Event<MessageWritten> written;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transaction;

    public void schedule(DoorWindowJob job) {
        Instant now = clock.instant();
        em.persist(new OutboxMessage(Destinations.DOOR_WINDOWS, "door-" + job.lockId(), job.toJson(),
                now.plus(TIME_TO_LIVE), now));
        // One relay after the commit is enough however many jobs the transaction wrote (a webhook batch writes many).
        if (transaction.getResource(MessageWritten.class) == null) {
            transaction.putResource(MessageWritten.class, Boolean.TRUE);
            written.fire(new MessageWritten(Destinations.DOOR_WINDOWS));
        }
    }
}
