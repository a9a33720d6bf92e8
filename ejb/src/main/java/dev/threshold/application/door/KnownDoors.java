package dev.threshold.application.door;

import dev.threshold.application.camera.CameraChanged;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.door.Door;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The doors the webhook met lately, with their name and cameras, so that an event at a known door costs no query
 * (two per event were a tenth of the webhook's time under load). Only what a transaction committed is remembered,
 * after its commit; mapping a door or changing a camera forgets it on this node, and an entry is trusted for
 * {@code threshold.webhook.door-cache-seconds} (default 10) at most, which bounds what another node's mapping or a
 * camera's new name takes to show in new labels.
 */
@ApplicationScoped
public class KnownDoors {

    /** A door as the webhook labels events at it: cameras are read-only copies, only their id and name are used. */
    public record KnownDoor(String lockId, String name, List<Camera> cameras, Instant seenAt) {

        public KnownDoor {
            cameras = List.copyOf(cameras);
        }

        static KnownDoor of(Door door, Instant now) {
            return new KnownDoor(door.lockId(), door.name(), door.cameras(), now);
        }

        /** True when an event naming the lock {@code eventName} would not rename this door. */
        boolean named(String eventName) {
            return eventName == null || eventName.isBlank() || eventName.strip().equals(name);
        }
    }

    private final Map<String, KnownDoor> doors = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "threshold.webhook.door-cache-seconds", defaultValue = "10")
    long ttlSeconds;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** The door of {@code lockId} as last committed, if seen within the time to live and named as the event names it. */
    public Optional<KnownDoor> find(String lockId, String eventName, Instant now) {
        KnownDoor known = doors.get(lockId);
        if (known == null
                || known.seenAt().plus(Duration.ofSeconds(ttlSeconds)).isBefore(now)
                || !known.named(eventName)) {
            return Optional.empty();
        }
        return Optional.of(known);
    }

    /** Remembers the door as it is now, once the caller's transaction commits. */
    public KnownDoor rememberAfterCommit(Door door, Instant now) {
        KnownDoor known = KnownDoor.of(door, now);
        afterCommit(() -> doors.put(known.lockId(), known));
        return known;
    }

    /** Forgets the door at once and again after the caller's commit, so no batch running meanwhile restores it. */
    public void forget(String lockId) {
        doors.remove(lockId);
        afterCommit(() -> doors.remove(lockId));
    }

    /** A camera renamed or removed: every door's labels may change, so all are read again. */
    void cameraChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CameraChanged changed) {
        doors.clear();
    }

    private void afterCommit(Runnable action) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
