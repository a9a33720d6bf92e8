package dev.threshold.infrastructure.messaging;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.label.Label;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends the security events of stored access events ({@link AccessEventReports}): for each, its
 * {@code threshold.access-event.received} and then each of its labels' {@code threshold.label.created}, built from
 * the stored rows. Part of {@link OutboxRelay}'s runs, with its guarantees: a batch is sent and its rows deleted in
 * one transaction, so a crash between broker and database commit may send a batch twice (with the same CloudEvent
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

    /** @return how many access events' reports were relayed (or dropped, for events no longer stored) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int relayBatch() {
        List<UUID> ids = OLDEST.lock(em).stream()
                .map(PendingAccessEventReport::accessEventId)
                .toList();
        if (ids.isEmpty()) {
            return 0;
        }
        // The events first: their labels' access events are then these instances, not proxies to load one by one.
        List<AccessEvent> events = em.createQuery(EVENTS, AccessEvent.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, List<Label>> labelsByEvent = new HashMap<>();
        em.createQuery(LABELS, Label.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(l -> labelsByEvent
                        .computeIfAbsent(l.accessEvent().id(), id -> new ArrayList<>())
                        .add(l));
        for (AccessEvent event : events) {
            send(AccessEventCloudEvents.received(event));
            for (Label label : labelsByEvent.getOrDefault(event.id(), List.of())) {
                send(AccessEventCloudEvents.labelCreated(label));
            }
        }
        em.createQuery(DONE).setParameter("ids", ids).executeUpdate();
        return ids.size();
    }

    private void send(CloudEvent event) {
        jms.createProducer().send(securityEvents, event.toJson());
    }
}
