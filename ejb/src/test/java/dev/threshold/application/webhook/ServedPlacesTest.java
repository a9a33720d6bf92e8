package dev.threshold.application.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.access.KisiEvent;
import dev.threshold.infrastructure.security.KisiSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which place's key signs a webhook body, and which place an event is then attributed to. */
class ServedPlacesTest {

    private static final byte[] BODY = "{\"uuid\":\"u-1\"}".getBytes(StandardCharsets.UTF_8);
    private static final UUID SECOND = UUID.fromString("0190a000-0000-7000-8000-000000000002");
    private static final UUID THIRD = UUID.fromString("0190a000-0000-7000-8000-000000000003");

    private static final ServedPlace FIRST_PLACE = new ServedPlace(null, "12", "34", "first-key");
    private static final ServedPlace SECOND_PLACE = new ServedPlace(SECOND, "12", "56", "second-key");
    private static final ServedPlace KEYLESS_PLACE = new ServedPlace(THIRD, "77", "88", null);
    private static final ServedPlaces PLACES = new ServedPlaces(List.of(FIRST_PLACE, SECOND_PLACE, KEYLESS_PLACE));

    @Test
    void aBodySignedWithTheSecondPlacesKeyIsSignedByThatPlaceOnly() {
        ServedPlaces signing = PLACES.signing(BODY, KisiSignature.sign(BODY, "second-key"));

        assertEquals(List.of(SECOND_PLACE), signing.all());
        assertEquals(Optional.of(SECOND_PLACE), signing.servingEventOf(event("12", "56")));
    }

    @Test
    void aBodySignedWithTheFirstPlacesKeyIsAttributedToTheFirstPlace() {
        ServedPlaces signing = PLACES.signing(BODY, KisiSignature.sign(BODY, "first-key"));

        assertEquals(List.of(FIRST_PLACE), signing.all());
        assertEquals(
                null, signing.servingEventOf(event("12", "34")).orElseThrow().id());
    }

    @Test
    void anEventOfAnotherPlaceUnderThatKeyIsServedByNone() {
        ServedPlaces signing = PLACES.signing(BODY, KisiSignature.sign(BODY, "second-key"));

        assertEquals(
                Optional.empty(),
                signing.servingEventOf(event("12", "34")),
                "the second place's key must not vouch for the first place's events");
    }

    @Test
    void aKeyOfNoPlaceAMissingOrAMalformedHeaderSignsForNone() {
        assertTrue(PLACES.signing(BODY, KisiSignature.sign(BODY, "unknown-key")).isEmpty());
        assertTrue(PLACES.signing(BODY, null).isEmpty());
        assertTrue(PLACES.signing(BODY, "sha256=not-a-mac").isEmpty());
    }

    @Test
    void oneKeyOfSeveralPlacesSignsForEachOfThemAndTheEventPicksItsPlace() {
        ServedPlace sharing = new ServedPlace(THIRD, "12", "99", "second-key");
        ServedPlaces places = new ServedPlaces(List.of(FIRST_PLACE, SECOND_PLACE, sharing));

        ServedPlaces signing = places.signing(BODY, KisiSignature.sign(BODY, "second-key"));

        assertEquals(List.of(SECOND_PLACE, sharing), signing.all());
        assertEquals(
                THIRD, signing.servingEventOf(event("12", "99")).orElseThrow().id());
    }

    @Test
    void keysAreNeededOnlyWhenSomePlaceHasOne() {
        assertTrue(PLACES.anyKey());
        assertFalse(new ServedPlaces(List.of(KEYLESS_PLACE)).anyKey());
        assertFalse(ServedPlaces.NONE.anyKey());
    }

    @Test
    void theKeyNeverShowsInTheTextOfAPlace() {
        assertFalse(SECOND_PLACE.toString().contains("second-key"));
    }

    private static KisiEvent event(String organizationId, String placeId) {
        return new KisiEvent(
                "u-1",
                "lock.unlock",
                "Lock",
                "4711",
                "Front door",
                "User",
                "7",
                "Ada",
                null,
                placeId,
                organizationId,
                true,
                null,
                null,
                Instant.parse("2026-12-06T12:00:00Z"));
    }
}
