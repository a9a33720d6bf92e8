package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.label.Label;
import dev.threshold.domain.label.LabelFilter;
import dev.threshold.domain.label.LabelQuery;
import dev.threshold.domain.label.LabelRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaLabelRepository implements LabelRepository {

    /**
     * What the first step of a search reads at most: about a day of a busy site (a million labels in 90 days). Words
     * in at least 1 % of the labels fill a page of 100 there; rarer ones go to the word index, where they are few.
     */
    static final int RECENT_LABELS = 10_000;

    /** {@link #RECENT_LABELS}; smaller in tests, so that a few labels exercise both steps. */
    int recentLabels = RECENT_LABELS;

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    public JpaLabelRepository() {
        // for CDI
    }

    /** Outside the server (tests, bench/search-scale): searches with the given entity manager. */
    public JpaLabelRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void store(Label label) {
        em.persist(label);
    }

    /**
     * Search in two steps whose plans do not depend on how common the words are, since PostgreSQL cannot estimate
     * that for several words (docs/operations.md, "Label search at scale"): first the newest labels, read newest
     * first without the word index (common words fill the page there at once); only if the page is not full, the
     * older labels through the word index (PostgreSQL's trigram index; the words are rare by then), sorted. Both
     * steps select ids; the labels of the page are then read with their event and camera in one query.
     */
    @Override
    public List<Label> search(LabelQuery query, LabelFilter filter, int limit) {
        Optional<Instant> recentSince = startOfRecentLabels();
        List<UUID> ids = new ArrayList<>(matchingIds(
                query, filter, limit, recentSince.isPresent() ? Part.RECENT : Part.ALL, recentSince.orElse(null)));
        if (ids.size() < limit && recentSince.isPresent()) {
            ids.addAll(matchingIds(query, filter, limit - ids.size(), Part.OLDER, recentSince.get()));
        }
        return inOrder(ids);
    }

    /** The newest labels, the older ones, or all (while there are fewer than {@link #recentLabels}). */
    private enum Part {
        // concat(…, '') hides the column from the word index: these labels are read in time order and filtered.
        RECENT("l.occurredAt >= :since", "concat(l.searchText, '')", "l.occurredAt"),
        // coalesce(…) hides the time index from the ordering and from the bound: the word index finds the hits,
        // which are then sorted. With the bound on the plain column, the generic plan a prepared statement gets after
        // five runs ANDed the word index with a time-index bitmap of all older labels (45 ms at a million).
        OLDER("coalesce(l.occurredAt, l.occurredAt) < :since", "l.searchText", "coalesce(l.occurredAt, l.occurredAt)"),
        ALL("1 = 1", "l.searchText", "l.occurredAt");

        final String scope;
        final String text;
        final String order;

        Part(String scope, String text, String order) {
            this.scope = scope;
            this.text = text;
            this.order = order;
        }
    }

    private List<UUID> matchingIds(LabelQuery query, LabelFilter filter, int limit, Part part, Instant since) {
        StringBuilder jpql = new StringBuilder("select l.id from Label l where ").append(part.scope);
        for (int i = 0; i < query.terms().size(); i++) {
            jpql.append(" and ").append(part.text).append(" like :t").append(i).append(" escape '!'");
        }
        // Exclusions only drop rows the included words found, so they leave both steps' plans as they were.
        for (int i = 0; i < query.excluded().size(); i++) {
            jpql.append(" and ")
                    .append(part.text)
                    .append(" not like :x")
                    .append(i)
                    .append(" escape '!'");
        }
        Map<String, Object> filterValues = new HashMap<>();
        appendFilter(jpql, filter, filterValues);
        jpql.append(" order by ").append(part.order).append(" desc");
        TypedQuery<UUID> q = em.createQuery(jpql.toString(), UUID.class);
        for (int i = 0; i < query.terms().size(); i++) {
            q.setParameter("t" + i, "%" + escapeLike(query.terms().get(i)) + "%");
        }
        for (int i = 0; i < query.excluded().size(); i++) {
            q.setParameter("x" + i, "%" + escapeLike(query.excluded().get(i)) + "%");
        }
        filterValues.forEach(q::setParameter);
        if (since != null) {
            q.setParameter("since", since);
        }
        return q.setMaxResults(limit).getResultList();
    }

    /** The filter's conditions, only those it sets: without a filter the query is the one tuned for PostgreSQL. */
    private static void appendFilter(StringBuilder jpql, LabelFilter filter, Map<String, Object> values) {
        if (filter.cameraId() != null) {
            jpql.append(" and l.camera.id = :camera");
            values.put("camera", filter.cameraId());
        }
        if (filter.doorName() != null) {
            jpql.append(" and l.doorName = :door");
            values.put("door", filter.doorName());
        }
        if (filter.place() != null) {
            // A label is a place's when its event is at one of the place's doors or its camera watches one of them.
            String ofPlace = filter.place().first() ? "d.placeId is null" : "d.placeId = :place";
            jpql.append(" and (l.accessEvent.id in (select e.id from AccessEvent e, Door d where e.objectId = d.lockId"
                            + " and ")
                    .append(ofPlace)
                    .append(") or l.camera.id in (select c.id from Door d join d.cameras c" + " where ")
                    .append(ofPlace)
                    .append("))");
            if (!filter.place().first()) {
                values.put("place", filter.place().placeId());
            }
        }
        if (filter.from() != null) {
            jpql.append(" and l.occurredAt >= :from");
            values.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and l.occurredAt < :to");
            values.put("to", filter.to());
        }
    }

    /** Where the newest {@link #recentLabels} labels begin; empty while there are fewer. */
    private Optional<Instant> startOfRecentLabels() {
        return em.createQuery("select l.occurredAt from Label l order by l.occurredAt desc", Instant.class)
                .setFirstResult(recentLabels - 1)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private List<Label> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Label> byId = new HashMap<>();
        em.createQuery(
                        "select l from Label l left join fetch l.accessEvent left join fetch l.camera"
                                + " where l.id in :ids",
                        Label.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(l -> byId.put(l.id(), l));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<Label> onCamera(UUID cameraId, Instant from, Instant to, int limit) {
        return em.createQuery(
                        "select l from Label l where l.camera.id = :camera and l.occurredAt >= :from "
                                + "and l.occurredAt <= :to order by l.occurredAt",
                        Label.class)
                .setParameter("camera", cameraId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Label> ofAccessEvents(Collection<UUID> accessEventIds) {
        if (accessEventIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select l from Label l join fetch l.accessEvent where l.accessEvent.id in :ids", Label.class)
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
