package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.incident.DoorReviewRecord;
import dev.threshold.domain.incident.DoorWindowVerdict;
import dev.threshold.domain.incident.Incident;
import dev.threshold.domain.incident.IncidentFilter;
import dev.threshold.domain.incident.IncidentRepository;
import dev.threshold.domain.incident.IncidentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaIncidentRepository implements IncidentRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    public JpaIncidentRepository() {
        // for CDI
    }

    /** Outside the server (tests): lists with the given entity manager. */
    public JpaIncidentRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Incident incident) {
        em.persist(incident);
    }

    @Override
    public Optional<Incident> find(UUID id) {
        return Optional.ofNullable(em.find(Incident.class, id));
    }

    @Override
    public List<Instant> occurrencesSeenBy(UUID cameraId, Instant from, Instant to) {
        return em.createQuery(
                        "select o.occurredAt from IncidentOccurrence o where o.camera.id = :camera "
                                + "and o.occurredAt >= :from and o.occurredAt <= :to and o.incident.status not in :gone "
                                + "order by o.occurredAt",
                        Instant.class)
                .setParameter("camera", cameraId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("gone", List.of(IncidentStatus.WITHDRAWN, IncidentStatus.DISMISSED))
                .getResultList();
    }

    @Override
    public List<Incident> list(IncidentFilter filter, int offset, int limit) {
        return query(
                        "select i from Incident i join fetch i.door",
                        filter,
                        " order by i.windowStart desc",
                        Incident.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(IncidentFilter filter) {
        return query("select count(i) from Incident i", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, IncidentFilter filter, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (filter.status() != null) {
            where.add("i.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.kind() != null) {
            where.add("i.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.lockId() != null) {
            where.add("i.door.lockId = :lock");
            parameters.put("lock", filter.lockId());
        }
        if (filter.place() != null) {
            where.add(filter.place().first() ? "i.door.placeId is null" : "i.door.placeId = :place");
            if (!filter.place().first()) {
                parameters.put("place", filter.place().placeId());
            }
        }
        if (filter.from() != null) {
            where.add("i.windowStart >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("i.windowStart <= :to");
            parameters.put("to", filter.to());
        }
        if (filter.needsReview() != null) {
            // Incident.needsReview(): doubtful and still reviewable
            where.add(
                    filter.needsReview()
                            ? "(i.doubtful = true and i.status in :reviewable)"
                            : "(i.doubtful = false or i.status not in :reviewable)");
            parameters.put(
                    "reviewable",
                    Arrays.stream(IncidentStatus.values())
                            .filter(IncidentStatus::reviewable)
                            .toList());
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public List<Incident> openCreatedBefore(Instant cutoff, int limit) {
        return em.createQuery(
                        "select i from Incident i where i.status = :open and i.createdAt <= :cutoff", Incident.class)
                .setParameter("open", IncidentStatus.OPEN)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<DoorReviewRecord> reviewRecords() {
        List<Object[]> rows = em.createQuery(
                        "select d.lockId, d.name, count(i), "
                                + "sum(case when i.status = :confirmed then 1 else 0 end), "
                                + "sum(case when i.status = :dismissed then 1 else 0 end), "
                                + "sum(case when i.status = :open then 1 else 0 end) "
                                + "from Incident i join i.door d where i.status <> :withdrawn "
                                + "group by d.lockId, d.name order by d.name, d.lockId",
                        Object[].class)
                .setParameter("confirmed", IncidentStatus.CONFIRMED)
                .setParameter("dismissed", IncidentStatus.DISMISSED)
                .setParameter("open", IncidentStatus.OPEN)
                .setParameter("withdrawn", IncidentStatus.WITHDRAWN)
                .getResultList();
        return rows.stream()
                .map(r -> new DoorReviewRecord(
                        (String) r[0], (String) r[1], number(r[2]), number(r[3]), number(r[4]), number(r[5])))
                .toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    @Override
    public void store(DoorWindowVerdict verdict) {
        em.persist(verdict);
    }

    @Override
    public List<DoorWindowVerdict> verdictsOfDoor(String lockId, Instant from, Instant to) {
        return em.createQuery(
                        "select v from DoorWindowVerdict v left join fetch v.incident "
                                + "where v.door.lockId = :lock and v.startedAt <= :to and v.endedAt >= :from "
                                + "order by v.startedAt",
                        DoorWindowVerdict.class)
                .setParameter("lock", lockId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<DoorWindowVerdict> latestVerdicts(String lockId, int limit) {
        String where = lockId == null ? "" : " where v.door.lockId = :lock";
        TypedQuery<DoorWindowVerdict> query = em.createQuery(
                "select v from DoorWindowVerdict v join fetch v.door " + "left join fetch v.incident" + where
                        + " order by v.startedAt desc",
                DoorWindowVerdict.class);
        if (lockId != null) {
            query.setParameter("lock", lockId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public void forgetVerdictsOf(String lockId) {
        em.createQuery("delete from DoorWindowVerdict v where v.door.lockId = :lock")
                .setParameter("lock", lockId)
                .executeUpdate();
    }
}
