package dev.threshold.application.kisi;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.door.DoorRepository;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.domain.settings.InvalidSettingsException;
import dev.threshold.domain.settings.KisiPlace;
import dev.threshold.domain.settings.KisiPlaceConnection;
import dev.threshold.domain.settings.KisiPlaceRepository;
import dev.threshold.domain.settings.KisiSettings;
import dev.threshold.domain.settings.KisiSettingsRepository;
import dev.threshold.infrastructure.security.SecretBox;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Which API token Kisi is asked with, for a place or for a door's place: each place's own, opened from its sealed
 * form only for the call. A place without a token is refused in words rather than asked with another place's token:
 * another organisation's Kisi would answer for a user or lock of the same number, and that answer would be wrong.
 */
@Stateless
public class KisiPlaceTokens {

    static final String FIRST_PLACE_NAME = "the first place (Kisi settings)";

    @Inject
    KisiSettingsRepository firstPlace;

    @Inject
    KisiPlaceRepository places;

    @Inject
    DoorRepository doors;

    @Inject
    SecretBox secrets;

    /**
     * The access of a place ("first" or a further place's id).
     *
     * @throws InvalidValueException naming {@code place} for an unknown place, {@code placeId} when the first place is
     *                               not saved yet, {@code apiToken} when the place has no token
     */
    public KisiPlaceAccess of(PlaceSelection place) {
        if (place == null || place.first()) {
            KisiSettings settings = firstPlace
                    .find()
                    .orElseThrow(
                            () -> new InvalidValueException("placeId", "Save the Organization ID and Place ID first"));
            return access(FIRST_PLACE_NAME, settings, "set it in Kisi settings");
        }
        KisiPlace further = places.find(place.placeId()).orElseThrow(() -> unknown(place.placeId()));
        return access(
                "place " + further.name(),
                further,
                "set it with PUT /api/settings/kisi/places/" + further.id() + " {\"apiToken\":\"…\"}");
    }

    /** The access of the place of the door of this lock; a door not (or no longer) known is of the first place. */
    public KisiPlaceAccess ofDoor(String lockId) {
        UUID placeId =
                lockId == null ? null : doors.find(lockId).map(d -> d.placeId()).orElse(null);
        return of(new PlaceSelection(placeId));
    }

    private KisiPlaceAccess access(String name, KisiPlaceConnection place, String howToSet) {
        if (!place.hasApiToken()) {
            throw new InvalidValueException(
                    "apiToken",
                    "Kisi " + name + " has no API token: Threshold asks Kisi "
                            + "about its doors with its own token only; " + howToSet);
        }
        return new KisiPlaceAccess(name, place.organizationId(), place.placeId(), secrets.open(place.sealedApiToken()));
    }

    private static InvalidSettingsException unknown(UUID id) {
        return new InvalidSettingsException(
                "place",
                "place: there is no Kisi place with id " + id
                        + " (see GET /api/settings/kisi/places; the first place is \"first\")");
    }
}
