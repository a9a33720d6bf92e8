package dev.threshold.application.kisi;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.application.audit.AuditedState;
import dev.threshold.application.audit.SecretChange;
import dev.threshold.domain.settings.KisiSettings;
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
import java.util.Optional;
import java.util.logging.Logger;

/** Saves and reads the Kisi settings; secrets go in sealed and come out only to the code that uses them. */
@Stateless
public class KisiSettingsService {

    private static final Logger LOG = Logger.getLogger(KisiSettingsService.class.getName());

    @Inject
    KisiSettingsRepository settings;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    @Inject
    Event<KisiSettingsSaved> saved;

    @Inject
    AuditTrail audit;

    public KisiSettingsView currentSettings() {
        return settings.find().map(KisiSettingsView::of).orElseGet(KisiSettingsView::none);
    }

    /** Validates everything, then saves; an invalid field changes nothing. */
    @RolesAllowed(Roles.ADMIN)
    public KisiSettingsView saveSettings(
            String organizationId,
            String placeId,
            String publicBaseUrl,
            SecretChange signatureKey,
            SecretChange apiToken,
            String by) {
        Instant now = clock.instant();
        Optional<KisiSettings> existing = settings.find();
        JsonObject before = existing.map(s -> AuditedState.kisi(s, SecretChange.KEEP, SecretChange.KEEP))
                .orElse(null);
        KisiSettings saved;
        if (existing.isPresent()) {
            saved = existing.get();
            saved.configure(organizationId, placeId, publicBaseUrl, now, by);
        } else {
            saved = new KisiSettings(organizationId, placeId, publicBaseUrl, now, by);
            settings.store(saved);
        }
        signatureKey.apply(
                value -> saved.replaceSignatureKey(secrets.seal(value), now, by),
                () -> saved.clearSignatureKey(now, by));
        apiToken.apply(
                value -> saved.replaceApiToken(secrets.seal(value), now, by), () -> saved.clearApiToken(now, by));
        this.saved.fire(new KisiSettingsSaved(by));
        audit.record(
                by, "settings.kisi-changed", "settings/kisi", before, AuditedState.kisi(saved, signatureKey, apiToken));
        LOG.info(() -> "Kisi settings saved by " + by + ": organization " + saved.organizationId() + ", place "
                + saved.placeId() + ", signature key " + (saved.hasSignatureKey() ? "set" : "not set")
                + ", API token " + (saved.hasApiToken() ? "set" : "not set"));
        return KisiSettingsView.of(saved);
    }

    /** Stores a signature key that Threshold generated for a Kisi integration it just created or updated. */
    @RolesAllowed(Roles.ADMIN)
    public void storeGeneratedSignatureKey(String signatureKey, String by) {
        KisiSettings current =
                settings.find().orElseThrow(() -> new IllegalStateException("save the Kisi settings first"));
        JsonObject before = AuditedState.kisi(current, SecretChange.KEEP, SecretChange.KEEP);
        current.replaceSignatureKey(secrets.seal(signatureKey), clock.instant(), by);
        audit.record(
                by,
                "settings.kisi-changed",
                "settings/kisi",
                before,
                AuditedState.kisi(current, new SecretChange.Replace("generated"), SecretChange.KEEP));
        saved.fire(new KisiSettingsSaved(by));
    }

    /** The signature key in clear, for the demo's stand-in for Kisi only (it signs as Kisi does). */
    public Optional<String> signatureKey() {
        return settings.find().filter(KisiSettings::hasSignatureKey).map(s -> secrets.open(s.sealedSignatureKey()));
    }
}
