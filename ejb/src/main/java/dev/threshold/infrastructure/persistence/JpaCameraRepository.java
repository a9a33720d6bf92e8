package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

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
}
