package dev.threshold.domain.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookDelayTest {

    static Instant[] pair(long createdMillis, long delayMillis) {
        Instant created = Instant.ofEpochMilli(createdMillis);
        return new Instant[] {created, created.plusMillis(delayMillis)};
    }

    @Test
    void aShortDeliveryDelayLeavesKisisTimesAsTheyAre() {
        WebhookDelay delay = WebhookDelay.measure(
                List.of(pair(0, 300), pair(1000, 5000), pair(2000, 400)), WebhookDelay.DEFAULT_TOLERANCE);
        assertEquals(Duration.ofMillis(400), delay.median(), "one slow delivery does not move the median");
        assertFalse(delay.beyondTolerance());
        assertEquals(Instant.ofEpochMilli(7), delay.onTimeline(Instant.ofEpochMilli(7)));
    }

    @Test
    void aClockBeyondTheToleranceIsCorrectedAndFlagged() {
        List<Instant[]> skewed = new java.util.ArrayList<>();
        for (int i = 0; i < WebhookDelay.MIN_SAMPLES; i++) {
            skewed.add(pair(1000L * i, i % 2 == 0 ? -6000 : -6100));
        }
        WebhookDelay delay = WebhookDelay.measure(skewed, WebhookDelay.DEFAULT_TOLERANCE);
        assertTrue(delay.beyondTolerance());
        assertEquals(Duration.ofMillis(-6050), delay.correction());
        assertEquals(Instant.ofEpochMilli(10_000 - 6050), delay.onTimeline(Instant.ofEpochMilli(10_000)));
    }

    @Test
    void oneLateWebhookDoesNotMoveTheTimeline() {
        WebhookDelay delay = WebhookDelay.measure(List.<Instant[]>of(pair(0, 20_000)), WebhookDelay.DEFAULT_TOLERANCE);
        assertEquals(Duration.ofSeconds(20), delay.median(), "shown as measured");
        assertFalse(delay.beyondTolerance());
        assertEquals(Duration.ZERO, delay.correction());
    }

    @Test
    void noEventsYetMeansNoCorrection() {
        WebhookDelay delay = WebhookDelay.measure(List.of(), WebhookDelay.DEFAULT_TOLERANCE);
        assertEquals(0, delay.samples());
        assertEquals(Duration.ZERO, delay.correction());
    }

    @Test
    void deliveriesRetriedLongAfterwardsDoNotMoveTheTimeline() {
        WebhookDelay delay = WebhookDelay.measure(
                List.of(
                        pair(0, 300),
                        pair(1000, 3_600_000),
                        pair(2000, 7_200_000),
                        pair(3000, 5_400_000),
                        pair(4000, 500)),
                WebhookDelay.DEFAULT_TOLERANCE);
        assertEquals(2, delay.samples());
        assertEquals(Duration.ofMillis(400), delay.median());
        assertFalse(delay.beyondTolerance());
    }
}
