package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.camera.TileOccupancy;
import dev.threshold.domain.camera.TileOccupancyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaTileOccupancyRepository implements TileOccupancyRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public boolean exists(UUID cameraId, Instant since) {
        return em.createQuery(
                                "select count(o) from TileOccupancy o where o.cameraId = :camera and o.since = :since",
                                Long.class)
                        .setParameter("camera", cameraId)
                        .setParameter("since", since)
                        .getSingleResult()
                > 0;
    }

    @Override
    public void store(TileOccupancy occupancy) {
        em.persist(occupancy);
    }

    @Override
    public List<TileOccupancy> during(UUID cameraId, Instant from, Instant to, int limit) {
        List<TileOccupancy> rows = new ArrayList<>();
        at(cameraId, from).ifPresent(rows::add);
        rows.addAll(em.createQuery(
                        "select o from TileOccupancy o where o.cameraId = :camera and o.since > :from "
                                + "and o.since <= :to order by o.since",
                        TileOccupancy.class)
                .setParameter("camera", cameraId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(Math.max(0, limit - rows.size()))
                .getResultList());
        return rows;
    }

    @Override
    public Optional<TileOccupancy> at(UUID cameraId, Instant at) {
        // One index seek on (camera_id, since): the unique constraint's index.
        return em
                .createQuery(
                        "select o from TileOccupancy o where o.cameraId = :camera and o.since <= :at "
                                + "order by o.since desc",
                        TileOccupancy.class)
                .setParameter("camera", cameraId)
                .setParameter("at", at)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }
}
