package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.alert.AlertKind;
import dev.threshold.domain.alert.DoorAlertRule;
import dev.threshold.domain.alert.DoorAlertRuleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDoorAlertRuleRepository implements DoorAlertRuleRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public List<DoorAlertRule> ofDoor(String lockId) {
        return em.createQuery("select r from DoorAlertRule r where r.lockId = :lock", DoorAlertRule.class)
                .setParameter("lock", lockId)
                .getResultList();
    }

    @Override
    public Optional<DoorAlertRule> find(String lockId, AlertKind kind) {
        return em.createQuery(
                        "select r from DoorAlertRule r where r.lockId = :lock and r.kind = :kind", DoorAlertRule.class)
                .setParameter("lock", lockId)
                .setParameter("kind", kind)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(DoorAlertRule rule) {
        em.persist(rule);
    }

    @Override
    public void remove(DoorAlertRule rule) {
        em.remove(rule);
    }
}
