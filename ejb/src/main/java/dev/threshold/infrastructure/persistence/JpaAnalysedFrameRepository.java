package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.camera.AnalysedFrame;
import dev.threshold.domain.camera.AnalysedFrameRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAnalysedFrameRepository implements AnalysedFrameRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    @Override
    public boolean exists(String cameraId, Instant capturedAt) {
        return em.createQuery(
                                "select count(f) from AnalysedFrame f where f.cameraId = :camera and f.capturedAt = :at",
                                Long.class)
                        .setParameter("camera", cameraId)
                        .setParameter("at", capturedAt)
                        .getSingleResult()
                > 0;
    }

    @Override
    public Optional<Instant> latestCapture(String cameraId) {
        // One index seek at the end of the unique (camera_id, captured_at) index.
        return Optional.ofNullable(em.createQuery(
                        "select max(f.capturedAt) from AnalysedFrame f where f.cameraId = :camera", Instant.class)
                .setParameter("camera", cameraId)
                .getSingleResult());
    }

    @Override
    public void store(AnalysedFrame frame) {
        em.persist(frame);
    }

    @Override
    public List<AnalysedFrame> ofCamera(String cameraId) {
        return em.createQuery(
                        "select f from AnalysedFrame f where f.cameraId = :camera order by f.capturedAt",
                        AnalysedFrame.class)
                .setParameter("camera", cameraId)
                .getResultList();
    }
}
