package dev.threshold.infrastructure.kisi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class ThresholdWebhookTest {

    @Test
    void kisiPostsBelowThePublicBaseUrlKeepingItsContextPath() {
        assertEquals("https://doors.example.com/kisi/events", ThresholdWebhook.eventsUrl("https://doors.example.com"));
        assertEquals(
                "https://example.com/threshold/kisi/events",
                ThresholdWebhook.eventsUrl(" https://example.com/threshold/ "));
    }

    @Test
    void onlyAnHttpAddressWillDo() {
        for (String url : new String[] {"", "threshold.local", "ftp://example.com", "https://"}) {
            assertThrows(IllegalArgumentException.class, () -> ThresholdWebhook.eventsUrl(url), url);
        }
    }

    @Test
    void thirteenDistinctLockEventsAreAskedFor() {
        assertEquals(13, new HashSet<>(ThresholdWebhook.LOCK_EVENTS).size());
        assertTrue(ThresholdWebhook.LOCK_EVENTS.stream().allMatch(event -> event.startsWith("lock.")));
        assertTrue(ThresholdWebhook.LOCK_EVENTS.contains("lock.tailgate"));
    }
}
