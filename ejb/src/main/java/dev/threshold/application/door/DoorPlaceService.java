package dev.threshold.application.door;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.door.DoorRepository;
import dev.threshold.domain.settings.InvalidSettingsException;
import dev.threshold.domain.settings.KisiPlaceRepository;
import dev.threshold.domain.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Which Kisi place each door belongs to: set by the webhook for a new door, changed here by an admin. */
@Stateless
public class DoorPlaceService {

    /** A door's place; {@code placeId} null for the first place (the Kisi settings). */
    public record DoorPlace(String lockId, UUID placeId) {}

    @Inject
    DoorRepository doors;

    @Inject
    KisiPlaceRepository places;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public Optional<DoorPlace> placeOf(String lockId) {
        return doors.find(lockId).map(d -> new DoorPlace(d.lockId(), d.placeId()));
    }

    /**
     * Moves a door to a place (null: the first place); empty when there is no such door.
     *
     * @throws InvalidSettingsException when no further place has that id
     */
    @RolesAllowed(Roles.ADMIN)
    public Optional<DoorPlace> move(String lockId, UUID placeId, String by) {
        if (placeId != null && places.find(placeId).isEmpty()) {
            throw new InvalidSettingsException(
                    "placeId", "No Kisi place " + placeId + ": see GET /api/settings/kisi/places");
        }
        Optional<Door> door = doors.find(lockId);
        door.ifPresent(d -> {
            JsonObject before = state(d.placeId());
            d.inPlace(placeId, clock.instant());
            audit.record(by, "door.place-changed", "door/" + d.lockId(), before, state(d.placeId()));
        });
        return door.map(d -> new DoorPlace(d.lockId(), d.placeId()));
    }

    private static JsonObject state(UUID placeId) {
        return JSON.createObjectBuilder()
                .add("placeId", placeId == null ? "first" : placeId.toString())
                .build();
    }
}
