package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaCameraRepository implements CameraRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public Optional<Camera> findByName(String name) {
        return em.createQuery("select c from Camera c where c.name = :name", Camera.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void store(Camera camera) {
        em.persist(camera);
    }

    @Override
    public Optional<Camera> find(UUID id) {
        return Optional.ofNullable(em.find(Camera.class, id));
    }

    @Override
    public List<Camera> all() {
        return em.createQuery("select c from Camera c order by c.name", Camera.class)
                .getResultList();
    }

    @Override
    public void remove(Camera camera) {
        em.createNativeQuery("DELETE FROM door_camera WHERE camera_id = ?1")
                .setParameter(1, camera.id())
                .executeUpdate();
        em.remove(camera);
    }

    @Override
    public long labelCount(Camera camera) {
        return em.createQuery("select count(l) from Label l where l.camera = :camera", Long.class)
                .setParameter("camera", camera)
                .getSingleResult();
    }
}
