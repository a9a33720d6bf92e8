package dev.threshold.domain.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.access.KisiEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KisiSettingsTest {

    static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    private static KisiEvent event(String organization, String place) {
        return new KisiEvent(
                "u",
                "lock.unlock",
                "Lock",
                "1",
                "Door",
                null,
                null,
                null,
                null,
                place,
                organization,
                true,
                null,
                null,
                NOW);
    }

    @Test
    void organizationAndPlaceAreRequiredKisiIds() {
        assertEquals(
                "organizationId",
                assertThrows(InvalidSettingsException.class, () -> new KisiSettings(" ", "34", null, NOW, "admin"))
                        .field());
        assertEquals(
                "placeId",
                assertThrows(InvalidSettingsException.class, () -> new KisiSettings("12", null, null, NOW, "admin"))
                        .field());
        assertEquals(
                "placeId",
                assertThrows(
                                InvalidSettingsException.class,
                                () -> new KisiSettings("12", "34; drop", null, NOW, "admin"))
                        .field());
        assertEquals("12", new KisiSettings(" 12 ", "34", null, NOW, "admin").organizationId());
    }

    @Test
    void aFailedChangeLeavesTheSettingsAsTheyWere() {
        KisiSettings settings = new KisiSettings("12", "34", "https://a.example.com", NOW, "admin");
        assertThrows(
                InvalidSettingsException.class,
                () -> settings.configure("13", "35", "ftp://nope", NOW.plusSeconds(1), "eve"));
        assertEquals("12", settings.organizationId());
        assertEquals("34", settings.placeId());
        assertEquals("admin", settings.updatedBy());
    }

    @Test
    void thePublicBaseUrlIsAPlainHttpAddressWithoutTrailingSlash() {
        assertEquals(
                "https://t.example.com/threshold", KisiSettings.publicBaseUrl(" https://t.example.com/threshold/ "));
        assertEquals("http://10.0.0.5:8080", KisiSettings.publicBaseUrl("http://10.0.0.5:8080"));
        assertNull(KisiSettings.publicBaseUrl(""));
        for (String bad : new String[] {
            "t.example.com",
            "ftp://t.example.com",
            "https://t.example.com/?a=1",
            "https://user:pw@t.example.com",
            "https://"
        }) {
            assertEquals(
                    "publicBaseUrl",
                    assertThrows(InvalidSettingsException.class, () -> KisiSettings.publicBaseUrl(bad), bad)
                            .field());
        }
    }

    @Test
    void servesOnlyItsOwnOrganizationAndPlace() {
        KisiSettings settings = new KisiSettings("12", "34", null, NOW, "admin");
        assertTrue(settings.servesEventOf(event("12", "34")));
        assertFalse(settings.servesEventOf(event("12", null)), "an event that names no place is not shown to be ours");
        assertFalse(settings.servesEventOf(event(null, "34")), "nor one that names no organization");
        assertFalse(settings.servesEventOf(event(null, null)));
        assertFalse(settings.servesEventOf(event("13", "34")));
        assertFalse(settings.servesEventOf(event("12", "35")));
    }

    @Test
    void secretsAreHeldOnlySealedAndCanBeCleared() {
        KisiSettings settings = new KisiSettings("12", "34", null, NOW, "admin");
        assertFalse(settings.hasSignatureKey());
        settings.replaceSignatureKey("v1:sealed", NOW, "admin");
        settings.replaceApiToken("v1:sealed-token", NOW, "admin");
        assertTrue(settings.hasSignatureKey() && settings.hasApiToken());
        settings.clearSignatureKey(NOW, "admin");
        assertFalse(settings.hasSignatureKey());
        assertTrue(settings.hasApiToken());
    }
}
