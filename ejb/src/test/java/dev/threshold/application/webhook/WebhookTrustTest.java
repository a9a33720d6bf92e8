package dev.threshold.application.webhook;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookTrustTest {

    static final Instant NOW = Instant.parse("2026-12-06T05:00:00Z");
    static final Duration WINDOW = Duration.ofHours(24);
    static final Duration SKEW = Duration.ofMinutes(5);

    @Test
    void eventsWithinTheReplayWindowAndTheClockSkewAreTaken() {
        assertNull(WebhookTrust.untimely(NOW, NOW, WINDOW, SKEW));
        assertNull(WebhookTrust.untimely(NOW.minus(WINDOW), NOW, WINDOW, SKEW), "the window's edge is inside");
        assertNull(WebhookTrust.untimely(NOW.plus(SKEW), NOW, WINDOW, SKEW), "a clock a little ahead");
    }

    @Test
    void anEventOlderThanTheWindowIsARefusedReplayAndSaysWhichSettingDecided() {
        String why = WebhookTrust.untimely(NOW.minus(WINDOW).minusMillis(1), NOW, WINDOW, SKEW);
        assertNotNull(why);
        assertTrue(why.contains("threshold.kisi.replay-window-hours"), why);
    }

    @Test
    void anEventFromTheFutureBeyondTheSkewIsRefused() {
        String why = WebhookTrust.untimely(NOW.plus(SKEW).plusSeconds(1), NOW, WINDOW, SKEW);
        assertNotNull(why);
        assertTrue(why.contains("threshold.kisi.clock-skew-seconds"), why);
    }
}
