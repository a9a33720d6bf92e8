package dev.threshold.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LinkSignatureTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final byte[] KEY = new byte[32];
    private static final UUID ID = UUID.fromString("3f2c1a00-0000-4000-8000-000000000001");

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    private final LinkSignature links = new LinkSignature(KEY, "incident-link", CLOCK);
    private final long expires = NOW.plusSeconds(7 * 86400).getEpochSecond();

    @Test
    void aSignedLinkVerifiesUntilItExpires() {
        String sig = links.sign(ID, expires);
        assertTrue(sig.matches("[A-Za-z0-9_-]{43}"), "URL-safe, no padding: " + sig);
        assertTrue(links.verify(ID, expires, sig));

        LinkSignature aWeekLater =
                new LinkSignature(KEY, "incident-link", Clock.fixed(Instant.ofEpochSecond(expires), ZoneOffset.UTC));
        assertFalse(aWeekLater.verify(ID, expires, sig), "expired at the second it names");
    }

    @Test
    void anyChangeBreaksTheSignature() {
        String sig = links.sign(ID, expires);
        assertFalse(links.verify(UUID.randomUUID(), expires, sig), "another incident");
        assertFalse(links.verify(ID, expires + 86400, sig), "a longer life");
        assertFalse(links.verify(ID, expires, sig.substring(1) + "A"), "a changed signature");
        assertFalse(links.verify(ID, expires, ""), "none");
        assertFalse(links.verify(ID, expires, null), "none");

        byte[] otherKey = KEY.clone();
        otherKey[0] = 8;
        assertFalse(new LinkSignature(otherKey, "incident-link", CLOCK).verify(ID, expires, sig), "another server");
        assertFalse(new LinkSignature(KEY, "camera-link", CLOCK).verify(ID, expires, sig), "another purpose");
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LinkSignature(new byte[8], "x", CLOCK));
    }
}
