package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.camera.CameraLease;
import dev.threshold.domain.camera.CameraLeaseRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.UUID;

/**
 * Camera leases in plain SQL: a lease changes hands only through one conditional statement, so the database decides
 * which of two racing nodes wins. Call in a transaction of its own: on PostgreSQL a lost race to insert the first
 * lease (a duplicate key) spoils the transaction it happens in.
 */
@ApplicationScoped
public class JpaCameraLeaseRepository implements CameraLeaseRepository {

    @PersistenceContext(unitName = "threshold")
    private EntityManager em;

    public JpaCameraLeaseRepository() {
        // for CDI
    }

    /** Outside the server (tests): with the given entity manager. */
    public JpaCameraLeaseRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean take(CameraLease wanted, Instant now) {
        // CameraLease.mayBeTakenBy, in SQL: the holder's own lease, or one that has run out.
        int renewed = em.createNativeQuery("UPDATE camera_lease SET holder = ?1, expires_at = ?2 "
                        + "WHERE camera_id = ?3 AND (holder = ?1 OR expires_at <= ?4)")
                .setParameter(1, wanted.holder())
                .setParameter(2, wanted.expiresAt())
                .setParameter(3, wanted.cameraId())
                .setParameter(4, now)
                .executeUpdate();
        if (renewed == 1) {
            return true;
        }
        // No row yet (never held), or another node's. A racing insert of the first lease fails on the primary key.
        return em.createNativeQuery("INSERT INTO camera_lease (camera_id, holder, expires_at) SELECT ?1, ?2, ?3 "
                                + "WHERE NOT EXISTS (SELECT 1 FROM camera_lease WHERE camera_id = ?1) "
                                + "AND EXISTS (SELECT 1 FROM camera WHERE id = ?1)")
                        .setParameter(1, wanted.cameraId())
                        .setParameter(2, wanted.holder())
                        .setParameter(3, wanted.expiresAt())
                        .executeUpdate()
                == 1;
    }

    @Override
    public void release(UUID cameraId, String node) {
        em.createNativeQuery("DELETE FROM camera_lease WHERE camera_id = ?1 AND holder = ?2")
                .setParameter(1, cameraId)
                .setParameter(2, node)
                .executeUpdate();
    }

    @Override
    public boolean heldByAnother(UUID cameraId, String node, Instant now) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM camera_lease "
                                        + "WHERE camera_id = ?1 AND holder <> ?2 AND expires_at > ?3")
                                .setParameter(1, cameraId)
                                .setParameter(2, node)
                                .setParameter(3, now)
                                .getSingleResult())
                        .longValue()
                > 0;
    }
}
