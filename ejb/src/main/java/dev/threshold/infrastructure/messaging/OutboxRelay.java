package dev.threshold.infrastructure.messaging;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves outbox messages to Artemis: right after each commit that wrote some (asynchronously, so the webhook's answer
 * does not wait), and every 10 s for anything left behind by a crash. A batch is sent and deleted in one transaction:
 * a message may be sent twice after a crash between broker and database commit, never lost; consumers are
 * idempotent. Batching amortises the two-phase commit over up to {@value #BATCH} messages.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // never make a webhook thread wait for a running relay
public class OutboxRelay {

    static final int BATCH = 200;

    /** The relay's batch of the oldest messages (public for the test that runs it on the real schema). */
    public static final OldestRowsLock<OutboxMessage> OLDEST =
            new OldestRowsLock<>(OutboxMessage.class, "createdAt", BATCH);

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

    @PersistenceContext(unitName = "threshold")
    EntityManager em;

    @Inject
    JMSContext jms;

    @Inject
    Clock clock;

    @EJB
    OutboxRelay self;

    @EJB
    AccessEventReportRelay accessEventReports;

    /** Set while a relay run is wanted: commits in a burst share one run instead of one each. */
    private final AtomicBoolean wanted = new AtomicBoolean();

    private final Map<String, Destination> destinations = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "threshold.outbox.relay-interval-ms", defaultValue = "20")
    long minIntervalMillis;

    private volatile long lastRunEnded = System.nanoTime() - 60_000_000_000L;

    /** One relay at a time on this node: two would race for the same rows. */
    private final ReentrantLock relaying = new ReentrantLock();

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageWritten written) {
        if (wanted.compareAndSet(false, true)) {
            self.relayInBackground();
        }
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void relayInBackground() {
        // Under load a commit comes every few ms: waiting out the interval since the last run lets the commits of
        // that time share one relay transaction (a durable commit of its own) instead of one each. Idle, no wait.
        long waitMillis = minIntervalMillis - (System.nanoTime() - lastRunEnded) / 1_000_000;
        if (waitMillis > 0) {
            try {
                Thread.sleep(waitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        wanted.set(false);
        relayAll();
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void relayLeftovers() {
        relayAll();
    }

    private void relayAll() {
        relaying.lock();
        try {
            while (self.relayBatch() == BATCH) {
                // more waiting
            }
            while (accessEventReports.relayBatch() == AccessEventReportRelay.BATCH) {
                // more waiting
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox relay failed; it retries within 10 s: " + e.getMessage());
        } finally {
            lastRunEnded = System.nanoTime();
            relaying.unlock();
        }
    }

    /** @return how many messages were relayed */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int relayBatch() {
        // Locked, so that of several nodes sharing the database one relays a message: without the lock two nodes
        // sent the same batch, and one of them failed to delete it. PostgreSQL skips rows another node has locked;
        // H2 waits for them, then finds them gone.
        List<OutboxMessage> batch = OLDEST.lock(em);
        Instant now = clock.instant();
        for (OutboxMessage message : batch) {
            if (message.expiresAt() == null || message.expiresAt().isAfter(now)) {
                JMSProducer producer = jms.createProducer();
                if (message.groupId() != null) {
                    producer.setProperty("JMSXGroupID", message.groupId());
                }
                if (message.expiresAt() != null) {
                    producer.setTimeToLive(Math.max(1, message.expiresAt().toEpochMilli() - now.toEpochMilli()));
                }
                producer.send(lookup(message.destination()), message.body());
            }
            em.remove(message);
        }
        return batch.size();
    }

    /** Looked up once per destination: a JNDI look-up per message cost more than the send. */
    private Destination lookup(String jndiName) {
        return destinations.computeIfAbsent(jndiName, name -> {
            try {
                return (Destination) new InitialContext().lookup(name);
            } catch (NamingException e) {
                throw new IllegalStateException("no JMS destination " + name, e);
            }
        });
    }
}
