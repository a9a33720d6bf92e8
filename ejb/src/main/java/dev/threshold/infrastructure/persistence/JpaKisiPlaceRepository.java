package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.settings.KisiPlace;
import dev.threshold.domain.settings.KisiPlaceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaKisiPlaceRepository implements KisiPlaceRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public List<KisiPlace> all() {
        return em.createQuery("select p from KisiPlace p order by p.createdAt, p.id", KisiPlace.class)
                .getResultList();
    }

    @Override
    public Optional<KisiPlace> find(UUID id) {
        return Optional.ofNullable(em.find(KisiPlace.class, id));
    }

    @Override
    public Optional<KisiPlace> findByKisiIds(String organizationId, String placeId) {
        return em.createQuery(
                        "select p from KisiPlace p where p.organizationId = :organization and p.placeId = :place",
                        KisiPlace.class)
                .setParameter("organization", organizationId)
                .setParameter("place", placeId)
                .setFlushMode(FlushModeType.COMMIT) // the place being changed is checked before it is written
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<KisiPlace> findByName(String name) {
        return em.createQuery("select p from KisiPlace p where p.name = :name", KisiPlace.class)
                .setParameter("name", name)
                .setFlushMode(FlushModeType.COMMIT) // the place being changed is checked before it is written
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(KisiPlace place) {
        em.persist(place);
    }

    @Override
    public void remove(KisiPlace place) {
        em.remove(place);
    }
}
