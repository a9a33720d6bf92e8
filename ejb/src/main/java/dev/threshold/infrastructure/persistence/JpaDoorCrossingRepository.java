package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.camera.DoorCrossing;
import dev.threshold.domain.camera.DoorCrossingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class JpaDoorCrossingRepository implements DoorCrossingRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public boolean exists(UUID cameraId, long trackId, Instant crossedAt) {
        return em.createQuery(
                                "select count(c) from DoorCrossing c where c.camera.id = :camera "
                                        + "and c.trackId = :track and c.crossedAt = :at",
                                Long.class)
                        .setParameter("camera", cameraId)
                        .setParameter("track", trackId)
                        .setParameter("at", crossedAt)
                        .getSingleResult()
                > 0;
    }

    @Override
    public void store(DoorCrossing crossing) {
        em.persist(crossing);
    }

    @Override
    public List<DoorCrossing> ofCamera(UUID cameraId) {
        return em.createQuery(
                        "select c from DoorCrossing c where c.camera.id = :camera order by c.crossedAt",
                        DoorCrossing.class)
                .setParameter("camera", cameraId)
                .getResultList();
    }

    @Override
    public List<DoorCrossing> entriesOn(Collection<UUID> cameraIds, Instant from, Instant to) {
        if (cameraIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select c from DoorCrossing c join fetch c.camera where c.camera.id in :cameras "
                                + "and c.direction = :in and c.crossedAt >= :from and c.crossedAt <= :to "
                                + "order by c.crossedAt",
                        DoorCrossing.class)
                .setParameter("cameras", cameraIds)
                .setParameter("in", DoorCrossing.Direction.in)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
