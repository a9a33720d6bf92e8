package dev.threshold.application.webhook;

import dev.threshold.domain.access.KisiEvent;
import dev.threshold.domain.settings.KisiPlaceConnection;
import dev.threshold.infrastructure.security.KisiSignature;
import java.util.UUID;

/**
 * A Kisi place as the webhook checks events against it: its Kisi ids and its signature key in clear (memory only).
 *
 * @param id null for the first place (the Kisi settings), which doors without a place belong to
 * @param signatureKey null when the place has none
 */
record ServedPlace(UUID id, String organizationId, String placeId, String signatureKey) {

    static ServedPlace of(UUID id, KisiPlaceConnection place, String signatureKey) {
        return new ServedPlace(id, place.organizationId(), place.placeId(), signatureKey);
    }

    boolean hasKey() {
        return signatureKey != null;
    }

    /** True when this place has a key and the header carries the body's MAC under it (compared in constant time). */
    boolean signed(byte[] body, String signatureHeader) {
        return hasKey() && KisiSignature.verify(body, signatureHeader, signatureKey);
    }

    boolean servesEventOf(KisiEvent event) {
        return organizationId.equals(event.organizationId()) && placeId.equals(event.placeId());
    }

    @Override
    public String toString() {
        return "ServedPlace[" + id + ", organization " + organizationId + ", place " + placeId + "]"; // no key
    }
}
