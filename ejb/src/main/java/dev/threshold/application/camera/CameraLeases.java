package dev.threshold.application.camera;

import dev.threshold.domain.camera.CameraLease;
import dev.threshold.domain.camera.CameraLeaseRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's side of the camera leases: takes or renews a camera's lease, gives it up. Each call is a transaction
 * of its own, so that one camera's lost race (or a database hiccup) touches no other camera. The node is named by
 * {@code jboss.node.name} (unique per node of a cluster); a lease lasts {@code threshold.cluster.lease-seconds}.
 */
@Stateless
public class CameraLeases {

    @Inject
    CameraLeaseRepository leases;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "jboss.node.name", defaultValue = "threshold")
    String node;

    @Inject
    @ConfigProperty(name = "threshold.cluster.lease-seconds", defaultValue = "15")
    long leaseSeconds;

    /**
     * Takes the camera's lease for this node, or renews it.
     *
     * @return until when this node holds it; empty when another node does
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Instant> take(UUID cameraId) {
        Instant now = clock.instant();
        CameraLease wanted = CameraLease.requested(cameraId, node, now, Duration.ofSeconds(leaseSeconds));
        return leases.take(wanted, now) ? Optional.of(wanted.expiresAt()) : Optional.empty();
    }

    /** Gives the camera up at once (stopped, disabled, shutting down), rather than when the lease runs out. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(UUID cameraId) {
        leases.release(cameraId, node);
    }

    /** Whether another node reads the camera now (holds its lease): its health is that node's to report. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean heldByAnotherNode(UUID cameraId) {
        return leases.heldByAnother(cameraId, node, clock.instant());
    }

    /** How often a holder renews: three times per lease, so a late renewal or two does not lose the camera. */
    public Duration renewalInterval() {
        return Duration.ofSeconds(leaseSeconds).dividedBy(3);
    }

    public String node() {
        return node;
    }
}
