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
 * Writes a JMS message into the outbox, in the caller's transaction; {@link OutboxRelay} sends it right after the
 * commit. The message exists if and only if the caller's change does, without a two-phase commit.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext(unitName = "threshold")
    EntityManager em;

    @Inject
    Event<MessageWritten> written;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /**
     * @param groupId    the JMSXGroupID, or null
     * @param timeToLive how long the message may wait for a consumer, or null for ever
     */
    public void write(String destination, String groupId, String body, Duration timeToLive) {
        Instant now = clock.instant();
        em.persist(new OutboxMessage(destination, groupId, body, timeToLive == null ? null : now.plus(timeToLive),
                now));
        // One relay after the commit is enough however many messages the transaction wrote (a webhook batch writes
        // many).
        if (transaction.getResource(MessageWritten.class) == null) {
            transaction.putResource(MessageWritten.class, Boolean.TRUE);
            written.fire(new MessageWritten(destination));
        }
    }
}
