package dev.threshold.application.kisi;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.application.audit.AuditedState;
import dev.threshold.application.audit.SecretChange;
import dev.threshold.domain.door.DoorRepository;
import dev.threshold.domain.door.PlaceSelection;
import dev.threshold.domain.settings.InvalidSettingsException;
import dev.threshold.domain.settings.KisiPlace;
import dev.threshold.domain.settings.KisiPlaceRepository;
import dev.threshold.domain.settings.KisiSettingsRepository;
import dev.threshold.domain.user.Roles;
import dev.threshold.infrastructure.security.SecretBox;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Adds, changes and removes the further Kisi places (the first place is the Kisi settings, {@link
 * KisiSettingsService}). Each place's Kisi ids are unique among all places, the first included: an event must name
 * one place only. Secrets go in sealed and are never read back.
 */
@Stateless
public class KisiPlaceService {

    /** What removing a place came to. */
    public enum Removal {
        REMOVED,
        NOT_FOUND,
        HAS_DOORS
    }

    @Inject
    KisiPlaceRepository places;

    @Inject
    KisiSettingsRepository firstPlace;

    @Inject
    KisiSettingsService firstPlaceSettings;

    @Inject
    DoorRepository doors;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    @Inject
    Event<KisiSettingsSaved> saved;

    @Inject
    AuditTrail audit;

    public List<KisiPlaceView> places() {
        return places.all().stream().map(KisiPlaceView::of).toList();
    }

    public Optional<KisiPlaceView> place(UUID id) {
        return places.find(id).map(KisiPlaceView::of);
    }

    /** How many doors a place has (the first place's included): a place with doors is not removed. */
    public long doorCount(PlaceSelection place) {
        return doors.countInPlace(place.placeId());
    }

    /** A filter's place must exist: an unknown one is refused (400 naming {@code place}) rather than finding nothing. */
    public void refuseUnknown(PlaceSelection place) {
        if (place != null && !place.first() && places.find(place.placeId()).isEmpty()) {
            throw new InvalidSettingsException(
                    "place",
                    "place: there is no Kisi place with id " + place.placeId()
                            + " (see GET /api/settings/kisi/places; the first place is \"first\")");
        }
    }

    /** Validates everything, then adds the place; an invalid field adds nothing. */
    @RolesAllowed(Roles.ADMIN)
    public KisiPlaceView add(
            String name,
            String organizationId,
            String placeId,
            SecretChange signatureKey,
            SecretChange apiToken,
            String by) {
        Instant now = clock.instant();
        KisiPlace place = new KisiPlace(name, organizationId, placeId, now, by);
        refuseClashes(place);
        places.store(place);
        applySecrets(place, signatureKey, apiToken, now, by);
        saved(place, null, signatureKey, apiToken, by);
        return KisiPlaceView.of(place);
    }

    /** Changes a place; empty when there is none of that id. An invalid field changes nothing (rollback). */
    @RolesAllowed(Roles.ADMIN)
    public Optional<KisiPlaceView> change(
            UUID id,
            String name,
            String organizationId,
            String placeId,
            SecretChange signatureKey,
            SecretChange apiToken,
            String by) {
        Optional<KisiPlace> found = places.find(id);
        found.ifPresent(place -> {
            Instant now = clock.instant();
            JsonObject before = AuditedState.kisiPlace(place, SecretChange.KEEP, SecretChange.KEEP);
            place.configure(name, organizationId, placeId, now, by);
            refuseClashes(place);
            applySecrets(place, signatureKey, apiToken, now, by);
            saved(place, before, signatureKey, apiToken, by);
        });
        return found.map(KisiPlaceView::of);
    }

    /** Removes a place without doors: a door's events and incidents must keep a place to be filtered by. */
    @RolesAllowed(Roles.ADMIN)
    public Removal remove(UUID id, String by) {
        Optional<KisiPlace> found = places.find(id);
        if (found.isEmpty()) {
            return Removal.NOT_FOUND;
        }
        if (doors.countInPlace(id) > 0) {
            return Removal.HAS_DOORS;
        }
        places.remove(found.get());
        audit.record(
                by,
                "settings.kisi-place-removed",
                target(found.get()),
                AuditedState.kisiPlace(found.get(), SecretChange.KEEP, SecretChange.KEEP),
                null);
        this.saved.fire(new KisiSettingsSaved(by));
        return Removal.REMOVED;
    }

    /**
     * Stores a signature key Threshold generated for the Kisi integration of an organization on every place of that
     * organization, the first included: Kisi signs all of an organization's events with its integration's one key,
     * so a place left with the old key would have its events refused.
     */
    @RolesAllowed(Roles.ADMIN)
    public void storeGeneratedSignatureKey(String organizationId, String signatureKey, String by) {
        if (firstPlace
                .find()
                .filter(s -> s.organizationId().equals(organizationId))
                .isPresent()) {
            firstPlaceSettings.storeGeneratedSignatureKey(signatureKey, by);
        }
        Instant now = clock.instant();
        places.all().stream()
                .filter(p -> p.organizationId().equals(organizationId))
                .forEach(place -> {
                    JsonObject before = AuditedState.kisiPlace(place, SecretChange.KEEP, SecretChange.KEEP);
                    place.replaceSignatureKey(secrets.seal(signatureKey), now, by);
                    saved(place, before, new SecretChange.Replace("generated"), SecretChange.KEEP, by);
                });
    }

    private void refuseClashes(KisiPlace place) {
        boolean firstPlaceHasIds = firstPlace
                .find()
                .filter(s -> s.organizationId().equals(place.organizationId())
                        && s.placeId().equals(place.placeId()))
                .isPresent();
        boolean otherHasIds = places.findByKisiIds(place.organizationId(), place.placeId())
                .filter(other -> !other.id().equals(place.id()))
                .isPresent();
        if (firstPlaceHasIds || otherHasIds) {
            throw new InvalidSettingsException(
                    "placeId",
                    "Organization " + place.organizationId() + ", place " + place.placeId()
                            + " is configured already: each Kisi place is served once");
        }
        if (places.findByName(place.name())
                .filter(other -> !other.id().equals(place.id()))
                .isPresent()) {
            throw new InvalidSettingsException("name", "Another place is named " + place.name());
        }
    }

    private void applySecrets(
            KisiPlace place, SecretChange signatureKey, SecretChange apiToken, Instant now, String by) {
        signatureKey.apply(
                value -> place.replaceSignatureKey(secrets.seal(value), now, by),
                () -> place.clearSignatureKey(now, by));
        apiToken.apply(
                value -> place.replaceApiToken(secrets.seal(value), now, by), () -> place.clearApiToken(now, by));
    }

    private void saved(
            KisiPlace place, JsonObject before, SecretChange signatureKey, SecretChange apiToken, String by) {
        audit.record(
                by,
                "settings.kisi-place-changed",
                target(place),
                before,
                AuditedState.kisiPlace(place, signatureKey, apiToken));
        this.saved.fire(new KisiSettingsSaved(by));
    }

    private static String target(KisiPlace place) {
        return "settings/kisi/places/" + place.id();
    }
}
