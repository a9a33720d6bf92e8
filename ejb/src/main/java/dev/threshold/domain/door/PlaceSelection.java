package dev.threshold.domain.door;

import dev.threshold.domain.InvalidValueException;
import java.util.UUID;

/**
 * The doors of one Kisi place, as searches and incident lists narrow to them: a further place by its id, or the first
 * place (the Kisi settings'), whose doors have no place id.
 */
public record PlaceSelection(UUID placeId) {

    /** How the first place is named in a filter or a door's {@code placeId}. */
    public static final String FIRST_ID = "first";

    public static final PlaceSelection FIRST = new PlaceSelection(null);

    /** A {@code place} filter as typed: "first", a further place's id, or blank for any place (null). */
    public static PlaceSelection parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (FIRST_ID.equals(value.strip())) {
            return FIRST;
        }
        try {
            return new PlaceSelection(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidValueException(
                    "place", "place: \"first\" or a place's id from " + "GET /api/settings/kisi/places");
        }
    }

    public boolean first() {
        return placeId == null;
    }

    /** As a {@code place} parameter or a door's {@code placeId} reads: "first" or the further place's id. */
    public String text() {
        return first() ? FIRST_ID : placeId.toString();
    }
}
