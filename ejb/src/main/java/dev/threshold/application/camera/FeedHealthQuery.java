package dev.threshold.application.camera;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * How the cameras this node reads are doing, read from their running feeds: for {@code /health}, the metrics, the
 * console and {@link CameraWatch}. Asks, changes nothing.
 */
@ApplicationScoped
public class FeedHealthQuery {

    @EJB
    FeedLifecycle lifecycle;

    @EJB
    CameraLeaseKeeper leases;

    @Inject
    FrameBacklog backlog;

    /**
     * The camera's health, or empty when this node does not read it (disabled, no stream, or its lease is another
     * node's or has run out here).
     */
    public Optional<FeedHealth> health(UUID cameraId) {
        return lifecycle
                .feed(cameraId)
                .filter(feed -> leases.leaseHeld(cameraId))
                .map(feed -> feed.health(backlog.waiting(cameraId.toString())));
    }

    /** When this node began reading cameras (its deployment). */
    public Instant startedAt() {
        return leases.startedAt();
    }
}
