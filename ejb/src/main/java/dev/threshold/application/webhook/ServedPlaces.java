package dev.threshold.application.webhook;

import dev.threshold.domain.access.KisiEvent;
import java.util.List;
import java.util.Optional;

/**
 * The places the webhook serves, first place first, and the choice among them: which keys sign a body, which place
 * an event is of. Each key is tried once, so the work per event is bounded by the number of places.
 */
record ServedPlaces(List<ServedPlace> all) {

    static final ServedPlaces NONE = new ServedPlaces(List.of());

    ServedPlaces {
        all = List.copyOf(all);
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** Whether any place has a signature key: then every event must be signed with one. */
    boolean anyKey() {
        return all.stream().anyMatch(ServedPlace::hasKey);
    }

    /**
     * The places whose key signs the body: usually one; several when Kisi signs for more than one place with the
     * same integration's key. Every keyed place is tried, so how long this takes says nothing of which key matched.
     */
    ServedPlaces signing(byte[] body, String signatureHeader) {
        return new ServedPlaces(
                all.stream().filter(p -> p.signed(body, signatureHeader)).toList());
    }

    /** The place among these whose organization and place the event names, if any. */
    Optional<ServedPlace> servingEventOf(KisiEvent event) {
        return all.stream().filter(p -> p.servesEventOf(event)).findFirst();
    }
}
