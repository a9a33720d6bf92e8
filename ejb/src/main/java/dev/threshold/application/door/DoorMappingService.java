package dev.threshold.application.door;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.application.audit.AuditedState;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.CameraRepository;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.door.DoorRepository;
import dev.threshold.domain.incident.IncidentFilter;
import dev.threshold.domain.incident.IncidentRepository;
import dev.threshold.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Maps doors (Kisi locks) to the cameras that watch them. The cameras are chosen by name among those that exist
 * ({@link DoorCameras}); an unknown name is refused rather than made into a new, empty camera.
 */
@Stateless
public class DoorMappingService {

    public static final int MAX_CAMERAS_PER_DOOR = DoorCameras.MAX_PER_DOOR;

    @Inject
    DoorRepository doors;

    @Inject
    IncidentRepository incidents;

    @Inject
    CameraRepository cameras;

    @Inject
    KnownDoors knownDoors;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public List<Door> doors() {
        return doors.all(); // fetched with their cameras
    }

    public Optional<Door> door(String lockId) {
        return doors.find(Door.validLockId(lockId)).map(d -> {
            d.cameras();
            return d;
        });
    }

    /** Sets the cameras of a door (creating the door if new); the name, when given, is Kisi's name of the lock. */
    @RolesAllowed(Roles.ADMIN)
    public Door mapDoor(String lockId, String lockName, Collection<String> cameraNames) {
        Instant now = clock.instant();
        List<Camera> chosen = DoorCameras.choose(cameraNames, cameras::findByName); // before anything is written
        String id = Door.validLockId(lockId);
        JsonObject before = doors.find(id).map(AuditedState::door).orElse(null);
        Door door = doors.find(id).orElseGet(() -> {
            Door created = new Door(id, lockName, now);
            doors.store(created);
            return created;
        });
        door.rename(lockName, now);
        knownDoors.forget(id); // the webhook labels this door's events with its new cameras from now on
        door.watchWith(chosen, now);
        audit.record("door.mapped", "door/" + id, before, AuditedState.door(door));
        return door;
    }

    /**
     * Whether the e-mails about a doubtful incident at this door wait until a reviewer confirms it; applies to the
     * incidents opened from now on (held e-mails of earlier ones wait for their review all the same).
     *
     * @return the door, empty if there is no such door
     */
    @RolesAllowed(Roles.ADMIN)
    public Optional<Door> holdDoubtfulEmail(String lockId, boolean hold) {
        return changeSettings(lockId, hold, null);
    }

    /**
     * Changes a door's settings in one transaction: a value refused leaves all of them as they were.
     *
     * @param holdDoubtfulEmail  see {@link #holdDoubtfulEmail}; null keeps it
     * @param heldOpenMaxSeconds how long a held-open window lasts at most after the report (1 to 3600); null keeps it
     * @return the door, empty if there is no such door
     */
    @RolesAllowed(Roles.ADMIN)
    public Optional<Door> changeSettings(String lockId, Boolean holdDoubtfulEmail, Integer heldOpenMaxSeconds) {
        return doors.find(Door.validLockId(lockId)).map(door -> {
            JsonObject before = AuditedState.door(door);
            Instant now = clock.instant();
            if (heldOpenMaxSeconds != null) {
                door.heldOpenMax(heldOpenMaxSeconds, now);
            }
            if (holdDoubtfulEmail != null) {
                door.holdDoubtfulEmail(holdDoubtfulEmail, now);
            }
            audit.record("door.settings-changed", "door/" + door.lockId(), before, AuditedState.door(door));
            door.cameras();
            return door;
        });
    }

    /** @return false if there was no such door */
    @RolesAllowed(Roles.ADMIN)
    public boolean forgetDoor(String lockId) {
        Optional<Door> door = doors.find(Door.validLockId(lockId));
        if (door.isPresent()
                && incidents.count(new IncidentFilter(null, null, door.get().lockId(), null, null)) > 0) {
            throw new InvalidValueException(
                    null,
                    "The door has incidents, which are kept as evidence: it stays. "
                            + "Take its cameras off it instead.");
        }
        door.ifPresent(d -> {
            knownDoors.forget(d.lockId());
            incidents.forgetVerdictsOf(d.lockId());
            doors.remove(d);
            audit.record("door.removed", "door/" + d.lockId(), AuditedState.door(d), null);
        });
        return door.isPresent();
    }
}
