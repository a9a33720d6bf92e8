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
import java.util.concurrent.locks.ReentrantLock;

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
    record Snapshot(ServedPlaces places, Instant readAt) {}

    /** One reader at a time: when the snapshot expired under load, every waiting request read the database. */
    private final ReentrantLock reading = new ReentrantLock();

    Snapshot current() {
        Snapshot snapshot = current;
        Instant now = clock.instant();
        if (snapshot != null && Duration.between(snapshot.readAt(), now).toSeconds() < TTL_SECONDS) {
            return snapshot;
        }
        // Expired: one request reads it again, the others go on with the one they have (at most a read's time
        // older). None yet, or forgotten after a save here: everyone waits for the fresh one.
        if (snapshot != null && !reading.tryLock()) {
            return snapshot;
        }
        if (snapshot == null) {
            reading.lock();
        }
        try {
            Snapshot latest = current;
            if (latest != null
                    && latest != snapshot
                    && Duration.between(latest.readAt(), clock.instant()).toSeconds() < TTL_SECONDS) {
                return latest; // read by the request that held the lock before
            }
            List<ServedPlace> places = new ArrayList<>();
            settings.find().ifPresent(s -> places.add(ServedPlace.of(null, s, openKey(s.sealedSignatureKey()))));
            furtherPlaces.all().forEach(p -> places.add(ServedPlace.of(p.id(), p, openKey(p.sealedSignatureKey()))));
            Snapshot read = new Snapshot(new ServedPlaces(places), now);
            current = read;
            return read;
        } finally {
            reading.unlock();
        }
    }

    private String openKey(String sealed) {
        return sealed == null ? null : secrets.open(sealed);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) KisiSettingsSaved saved) {
        current = null;
    }
}
