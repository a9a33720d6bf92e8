package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelQuery;
import dev.threshold.domain.label.LabelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JpaLabelRepository implements LabelRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public void store(Label label) {
        em.persist(label);
    }

    @Override
    public List<Label> search(LabelQuery query, int limit) {
        StringBuilder jpql = new StringBuilder("select l from Label l left join fetch l.accessEvent left join fetch l.camera where 1 = 1");
        for (int i = 0; i < query.terms().size(); i++) {
            jpql.append(" and l.searchText like :t").append(i).append(" escape '!'");
        }
        jpql.append(" order by l.occurredAt desc");
        TypedQuery<Label> q = em.createQuery(jpql.toString(), Label.class);
        for (int i = 0; i < query.terms().size(); i++) {
            q.setParameter("t" + i, "%" + escapeLike(query.terms().get(i)) + "%");
        }
        return q.setMaxResults(limit).getResultList();
    }

    @Override
    public List<Label> ofAccessEvents(Collection<UUID> accessEventIds) {
        if (accessEventIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from Label l join fetch l.accessEvent where l.accessEvent.id in :ids", Label.class)
                .setParameter("ids", accessEventIds)
                .getResultList();
    }

    /** The search text is stored lower-case; a user's % or _ is a character, not a wildcard. */
    private static String escapeLike(String term) {
        return term.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public void removeOfIncident(UUID incidentId) {
        em.createQuery("delete from Label l where l.incident.id = :incident")
                .setParameter("incident", incidentId)
                .executeUpdate();
    }
}
