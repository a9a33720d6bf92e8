package dev.threshold.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodyLimitsTest {

    private final BodyLimits limits = new BodyLimits(64 * 1024, 2049L * 1024 * 1024);

    @Test
    void onlyTheTwoUploadRoutesTakeLargeBodies() {
        assertEquals(2049L * 1024 * 1024, limits.limitFor("POST", "/api/cameras/0b6f/footage"));
        assertEquals(2049L * 1024 * 1024, limits.limitFor("POST", "/api/cameras/0b6f/trials"));
        assertEquals(64 * 1024, limits.limitFor("POST", "/j_security_check"));
        assertEquals(64 * 1024, limits.limitFor("POST", "/kisi/events"));
        assertEquals(64 * 1024, limits.limitFor("PUT", "/api/cameras/0b6f"));
        assertEquals(64 * 1024, limits.limitFor("PUT", "/api/cameras/0b6f/footage"));
        assertEquals(64 * 1024, limits.limitFor("POST", "/api/cameras/0b6f/footage/x"));
        assertEquals(64 * 1024, limits.limitFor("POST", "/api/cameras/a/b/footage"));
        assertEquals(64 * 1024, limits.limitFor("POST", "/ui/camera.xhtml"));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedUpFront() {
        assertTrue(limits.declaredTooLarge("POST", "/j_security_check", 1L << 30));
        assertFalse(limits.declaredTooLarge("POST", "/j_security_check", 64 * 1024));
        assertTrue(limits.declaredTooLarge("POST", "/j_security_check", 64 * 1024 + 1));
        assertFalse(limits.declaredTooLarge("POST", "/api/cameras/x/footage", 1L << 30));
        assertFalse(limits.declaredTooLarge("POST", "/kisi/events", -1)); // chunked: Undertow counts while reading
    }

    @Test
    void theRefusalNamesTheLimit() {
        assertTrue(limits.refusal(64 * 1024).contains("64 KiB"), limits.refusal(64 * 1024));
        assertTrue(limits.refusal(2049L * 1024 * 1024).contains("threshold.footage.max-mb"));
    }

    @Test
    void anUploadLimitBelowTheGeneralOneIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> new BodyLimits(64 * 1024, 1024));
    }
}
