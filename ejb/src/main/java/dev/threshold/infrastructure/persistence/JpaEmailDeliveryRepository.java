package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.notification.DeliveryState;
import dev.threshold.domain.notification.EmailDelivery;
import dev.threshold.domain.notification.EmailDeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaEmailDeliveryRepository implements EmailDeliveryRepository {

    private static final List<DeliveryState> OPEN = List.of(DeliveryState.PENDING, DeliveryState.RETRYING);

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public void store(EmailDelivery delivery) {
        em.persist(delivery);
    }

    @Override
    public Optional<EmailDelivery> find(UUID id) {
        return Optional.ofNullable(em.find(EmailDelivery.class, id));
    }

    @Override
    public List<EmailDelivery> due(Instant now, int max) {
        return em.createQuery(
                        "select d from EmailDelivery d where d.state in :open and d.nextAttemptAt <= :now"
                                + " and (d.claimedUntil is null or d.claimedUntil < :now) order by d.nextAttemptAt",
                        EmailDelivery.class)
                .setParameter("open", OPEN)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<EmailDelivery> ofIncident(UUID incidentId) {
        return em.createQuery(
                        "select d from EmailDelivery d where d.incidentId = :incident order by d.createdAt",
                        EmailDelivery.class)
                .setParameter("incident", incidentId)
                .getResultList();
    }

    @Override
    public List<EmailDelivery> latest(int max) {
        return em.createQuery("select d from EmailDelivery d order by d.createdAt desc", EmailDelivery.class)
                .setMaxResults(max)
                .getResultList();
    }
}
