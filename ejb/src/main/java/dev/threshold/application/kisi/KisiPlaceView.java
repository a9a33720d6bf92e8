package dev.threshold.application.kisi;

import dev.threshold.domain.settings.KisiPlace;
import java.time.Instant;
import java.util.UUID;

/** A further Kisi place as a page or the API may show it: whether each secret is set, never the secret. */
public record KisiPlaceView(
        UUID id,
        String name,
        String organizationId,
        String placeId,
        boolean signatureKeySet,
        boolean apiTokenSet,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy) {

    static KisiPlaceView of(KisiPlace p) {
        return new KisiPlaceView(
                p.id(),
                p.name(),
                p.organizationId(),
                p.placeId(),
                p.hasSignatureKey(),
                p.hasApiToken(),
                p.createdAt(),
                p.updatedAt(),
                p.updatedBy());
    }
}
