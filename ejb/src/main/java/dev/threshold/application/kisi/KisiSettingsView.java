package dev.threshold.application.kisi;

import dev.threshold.domain.settings.KisiSettings;
import java.time.Instant;

/** The Kisi settings as a page or the API may show them: whether each secret is set, never the secret. */
public record KisiSettingsView(
        String organizationId,
        String placeId,
        String publicBaseUrl,
        boolean signatureKeySet,
        boolean apiTokenSet,
        Instant updatedAt,
        String updatedBy) {

    static KisiSettingsView of(KisiSettings s) {
        return new KisiSettingsView(
                s.organizationId(),
                s.placeId(),
                s.publicBaseUrl(),
                s.hasSignatureKey(),
                s.hasApiToken(),
                s.updatedAt(),
                s.updatedBy());
    }

    /** Nothing saved yet. */
    static KisiSettingsView none() {
        return new KisiSettingsView(null, null, null, false, false, null, null);
    }

    public boolean configured() {
        return organizationId != null;
    }
}
