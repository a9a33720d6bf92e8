package dev.threshold.infrastructure.messaging;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.label.Label;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sends the security events of stored access events ({@link AccessEventReports}): for each, its
 * {@code threshold.access-event.received} and then each of its labels' {@code threshold.label.created}, built from
 * the event and labels this node still holds in memory ({@link RecentAccessEventReports}), else from the stored
 * rows. Part of {@link OutboxRelay}'s runs, with its guarantees: a batch is sent and its rows deleted in one
 * transaction, so a crash between broker and database commit may send a batch twice (with the same CloudEvent
 * ids) and never loses one; of several nodes, one relays a row (locked, skipped by the others on PostgreSQL).
 */
@Stateless
public class AccessEventReportRelay {

    /** Events per transaction; each has one or more labels, so about twice as many messages. */
    static final int BATCH = 100;

    /** The relay's queries (public for the test that runs them on the real schema). */
    public static final OldestRowsLock<PendingAccessEventReport> OLDEST =
            new OldestRowsLock<>(PendingAccessEventReport.class, "accessEventId", BATCH);

    public static final String EVENTS = "select e from AccessEvent e where e.id in :ids order by e.id";
    public static final String LABELS =
            "select l from Label l left join fetch l.camera where l.accessEvent.id in :ids " + "order by l.id";
    public static final String DONE = "delete from PendingAccessEventReport r where r.accessEventId in :ids";

    @PersistenceContext(unitName = "threshold")
    EntityManager em;

    @Inject
    JMSContext jms;

    @Resource(lookup = Destinations.SECURITY_EVENTS)
    Topic securityEvents;

    @Inject
    RecentAccessEventReports recent;

    /** @return how many access events' reports were relayed (or dropped, for events no longer stored) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int relayBatch() {
        List<UUID> ids = OLDEST.lock(em).stream()
                .map(PendingAccessEventReport::accessEventId)
                .toList();
        if (ids.isEmpty()) {
            return 0;
        }
        Map<UUID, AccessEventReport> reports = recent.take(ids); // a map of its own, added to below
        if (reports.size() < ids.size()) {
            reports.putAll(stored(
                    em, ids.stream().filter(id -> !reports.containsKey(id)).toList()));
        }
        // One producer for the batch: each createProducer() of the injected context looks up the transaction's.
        JMSProducer producer = jms.createProducer();
        for (UUID id : ids) { // oldest first, as they were locked
            AccessEventReport report = reports.get(id);
            if (report != null) {
                report.cloudEvents().forEach(event -> producer.send(securityEvents, event.toJson()));
            }
        }
        em.createQuery(DONE).setParameter("ids", ids).executeUpdate();
        return ids.size();
    }

    /**
     * The stored events of these ids with their labels, read back; an event no longer stored (retention) is not
     * among them.
     */
    static Map<UUID, AccessEventReport> stored(EntityManager em, List<UUID> ids) {
        // The events first: their labels' access events are then these instances, not proxies to load one by one.
        List<AccessEvent> events = em.createQuery(EVENTS, AccessEvent.class)
                .setParameter("ids", ids)
                .getResultList();
        List<Label> labels =
                em.createQuery(LABELS, Label.class).setParameter("ids", ids).getResultList();
        return AccessEventReport.of(events, labels).stream()
                .collect(Collectors.toMap(report -> report.event().id(), report -> report));
    }
}
