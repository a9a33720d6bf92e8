package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.door.Door;
import dev.threshold.domain.door.DoorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaDoorRepository implements DoorRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public Optional<Door> find(String lockId) {
        return Optional.ofNullable(em.find(Door.class, lockId));
    }

    @Override
    public void store(Door door) {
        em.persist(door);
    }

    @Override
    public void remove(Door door) {
        em.remove(door);
    }

    @Override
    public List<Door> all() {
        return em.createQuery(
                        "select distinct d from Door d left join fetch d.cameras order by d.name, d.lockId", Door.class)
                .getResultList();
    }

    @Override
    public List<Door> watchedBy(UUID cameraId) {
        return em.createQuery(
                        "select d from Door d join d.cameras c where c.id = :camera order by d.name, d.lockId",
                        Door.class)
                .setParameter("camera", cameraId)
                .getResultList();
    }

    @Override
    public long countInPlace(UUID placeId) {
        if (placeId == null) { // the first place's doors have no place id
            return em.createQuery("select count(d) from Door d where d.placeId is null", Long.class)
                    .getSingleResult();
        }
        return em.createQuery("select count(d) from Door d where d.placeId = :place", Long.class)
                .setParameter("place", placeId)
                .getSingleResult();
    }
}
