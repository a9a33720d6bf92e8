package dev.threshold.application;

import dev.threshold.domain.settings.KisiSettings;
import dev.threshold.domain.settings.KisiSettingsRepository;
import dev.threshold.infrastructure.security.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the webhook checks every request against — the settings and the signature key in clear — read from the
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

    /** The settings (none until an admin saves them) and the signature key, if set. */
    record Snapshot(Optional<KisiSettings> settings, Optional<String> signatureKey, Instant readAt) {
    }

    Snapshot current() {
        Snapshot snapshot = current;
        Instant now = clock.instant();
        if (snapshot == null || Duration.between(snapshot.readAt(), now).toSeconds() >= TTL_SECONDS) {
            Optional<KisiSettings> read = settings.find();
            snapshot = new Snapshot(read, read.filter(KisiSettings::hasSignatureKey)
                    .map(s -> secrets.open(s.sealedSignatureKey())), now);
            current = snapshot;
        }
        return snapshot;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) KisiSettingsSaved saved) {
        current = null;
    }
}
