package dev.threshold.application.webhook;

import dev.threshold.application.kisi.KisiSettingsSaved;
import dev.threshold.domain.settings.KisiPlaceRepository;
import dev.threshold.domain.settings.KisiSettingsRepository;
import dev.threshold.infrastructure.security.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the webhook checks every request against — the places served and their signature keys in clear — read from the
 * database at most every {@value #TTL_SECONDS} s instead of twice per request. A save on this node takes effect at
 * once ({@link KisiSettingsSaved}); on other nodes within {@value #TTL_SECONDS} s. The key stays in memory only.
 */
@ApplicationScoped
public class WebhookPolicy {

    static final long TTL_SECONDS = 2;

    @Inject
    KisiSettingsRepository settings;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    private volatile Snapshot current;

    @Inject
    KisiPlaceRepository furtherPlaces;

    /** The places served, first place (the settings, none until an admin saves them) first, with their keys. */
    record Snapshot(ServedPlaces places, Instant readAt) {
    }

    Snapshot current() {
        Snapshot snapshot = current;
        Instant now = clock.instant();
        if (snapshot == null || Duration.between(snapshot.readAt(), now).toSeconds() >= TTL_SECONDS) {
            List<ServedPlace> places = new ArrayList<>();
            settings.find().ifPresent(s -> places.add(ServedPlace.of(null, s, openKey(s.sealedSignatureKey()))));
            furtherPlaces.all().forEach(p -> places.add(ServedPlace.of(p.id(), p, openKey(p.sealedSignatureKey()))));
            snapshot = new Snapshot(new ServedPlaces(places), now);
            current = snapshot;
        }
        return snapshot;
    }

    private String openKey(String sealed) {
        return sealed == null ? null : secrets.open(sealed);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) KisiSettingsSaved saved) {
        current = null;
    }
}
