package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.AccessEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
