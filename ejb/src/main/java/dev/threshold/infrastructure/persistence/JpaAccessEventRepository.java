package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.AccessEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccessEventRepository implements AccessEventRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public Optional<AccessEvent> findByKisiUuid(String kisiUuid) {
        return em.createQuery("select e from AccessEvent e where e.kisiUuid = :uuid", AccessEvent.class)
                .setParameter("uuid", kisiUuid)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(AccessEvent event) {
        em.persist(event);
    }

    @Override
    public List<AccessEvent> latest(int limit) {
        return em.createQuery("select e from AccessEvent e order by e.receivedAt desc", AccessEvent.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AccessEvent> ofLockBetween(String lockId, Instant from, Instant to) {
        return em.createQuery(
                        "select e from AccessEvent e where e.objectId = :lock and e.type like 'lock.%' "
                                + "and e.createdAt >= :from and e.createdAt <= :to order by e.createdAt",
                        AccessEvent.class)
                .setParameter("lock", lockId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<Instant[]> recentDeliveries(int limit) {
        return em
                .createQuery(
                        "select e.createdAt, e.receivedAt from AccessEvent e order by e.receivedAt desc",
                        Object[].class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> new Instant[] {(Instant) row[0], (Instant) row[1]})
                .toList();
    }
}
