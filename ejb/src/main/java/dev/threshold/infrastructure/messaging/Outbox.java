package dev.threshold.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a JMS message into the outbox, in the caller's transaction; {@link OutboxRelay} sends it right after the
 * commit. The message exists if and only if the caller's change does, without a two-phase commit. A transaction's
 * messages are inserted together when it commits ({@link OutboxRows}).
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

    @Inject
    OutboxRows rows;

    /**
     * @param groupId    the JMSXGroupID, or null
     * @param timeToLive how long the message may wait for a consumer, or null for ever
     */
    public void write(String destination, String groupId, String body, Duration timeToLive) {
        Instant now = clock.instant();
        OutboxMessage message =
                new OutboxMessage(destination, groupId, body, timeToLive == null ? null : now.plus(timeToLive), now);
        @SuppressWarnings("unchecked")
        List<OutboxMessage> pending = (List<OutboxMessage>) transaction.getResource(PendingMessages.class);
        if (pending == null) {
            pending = new ArrayList<>();
            transaction.putResource(PendingMessages.class, pending);
            transaction.registerInterposedSynchronization(new PendingMessages(pending, rows));
            // One relay after the commit is enough however many messages the transaction wrote (a webhook batch
            // writes many).
            written.fire(new MessageWritten(destination));
        }
        pending.add(message);
    }

    /**
     * How many messages wait to be relayed (all nodes'): the backlog the relay has still to work off. A stored
     * access event whose security events wait counts as one ({@link AccessEventReports}).
     */
    public long waiting() {
        return em.createQuery("select count(m) from OutboxMessage m", Long.class)
                        .getSingleResult()
                + em.createQuery("select count(r) from PendingAccessEventReport r", Long.class)
                        .getSingleResult();
    }

    /**
     * A transaction's messages, inserted in one batch just before it commits (a failure there rolls the whole
     * transaction back), not one statement per message as they are written.
     */
    private static final class PendingMessages implements Synchronization {

        private final List<OutboxMessage> messages;
        private final OutboxRows rows;

        PendingMessages(List<OutboxMessage> messages, OutboxRows rows) {
            this.messages = messages;
            this.rows = rows;
        }

        @Override
        public void beforeCompletion() {
            rows.insert(messages);
        }

        @Override
        public void afterCompletion(int status) {
            // nothing to undo: the rows were in the transaction
        }
    }
}
