package dev.threshold.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");
    private static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(10), 5);

    private static EmailDelivery delivery() {
        return EmailDelivery.to(UUID.randomUUID(), "Ada", "ada@example.com", "s", "b", T0);
    }

    @Test
    void backOffDoublesUpToTheCap() {
        assertEquals(Duration.ofSeconds(30), SCHEDULE.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), SCHEDULE.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), SCHEDULE.delayAfter(3));
        assertEquals(Duration.ofMinutes(8), SCHEDULE.delayAfter(5));
        assertEquals(Duration.ofMinutes(10), SCHEDULE.delayAfter(6));
        assertEquals(Duration.ofMinutes(10), SCHEDULE.delayAfter(60));
    }

    @Test
    void aFailureIsRetriedLaterWithTheErrorKept() {
        EmailDelivery d = delivery();
        assertEquals(DeliveryState.PENDING, d.state());
        assertTrue(d.isDue(T0));
        d.claim(T0, T0.plusSeconds(300));
        assertFalse(d.isDue(T0.plusSeconds(1)), "claimed: not due for anyone else");

        d.failed("Could not connect to the mail server (Connection refused)", false, T0.plusSeconds(2), SCHEDULE);
        assertEquals(DeliveryState.RETRYING, d.state());
        assertEquals(1, d.attempts());
        assertEquals("Could not connect to the mail server (Connection refused)", d.lastError());
        assertEquals(T0.plusSeconds(32), d.nextAttemptAt());
        assertFalse(d.isDue(T0.plusSeconds(31)));
        assertTrue(d.isDue(T0.plusSeconds(32)));

        d.claim(T0.plusSeconds(32), T0.plusSeconds(332));
        d.sent(T0.plusSeconds(33));
        assertEquals(DeliveryState.SENT, d.state());
        assertEquals(2, d.attempts());
        assertNull(d.lastError());
        assertFalse(d.isDue(T0.plusSeconds(1000)));
        assertThrows(IllegalStateException.class, () -> d.sent(T0.plusSeconds(34)), "sent once");
    }

    @Test
    void aClaimThatWasNeverFinishedLapses() {
        EmailDelivery d = delivery();
        d.claim(T0, T0.plusSeconds(300));
        assertTrue(d.isDue(T0.plusSeconds(301)), "the sender died: due again after the claim");
    }

    @Test
    void itGivesUpAfterTheLastAttemptOrAtOnceWhenRetryingCannotHelp() {
        EmailDelivery d = delivery();
        for (int i = 0; i < 5; i++) {
            d.failed("refused", false, T0, SCHEDULE);
        }
        assertEquals(DeliveryState.FAILED, d.state());
        assertEquals(5, d.attempts());
        assertNull(d.nextAttemptAt());
        assertFalse(d.isDue(T0.plus(Duration.ofDays(1))));

        EmailDelivery noAddress = EmailDelivery.toKisiUser(UUID.randomUUID(), "Bo", "9", "s", "b", T0);
        assertNull(noAddress.recipientEmail());
        noAddress.failed("Kisi has no e-mail address for user 9", true, T0, SCHEDULE);
        assertEquals(DeliveryState.FAILED, noAddress.state());
    }

    @Test
    void theAddressFoundAtKisiIsKept() {
        EmailDelivery d = EmailDelivery.toKisiUser(UUID.randomUUID(), "Bo", "9", "s", "b", T0);
        d.resolveAddress(" bo@example.com ");
        assertEquals("bo@example.com", d.recipientEmail());
        assertThrows(IllegalArgumentException.class, () -> EmailDelivery.to(UUID.randomUUID(), "x", " ", "s", "b", T0));
    }

    @Test
    void aVeryLongErrorIsShortened() {
        EmailDelivery d = delivery();
        d.failed("x".repeat(5000), false, T0, SCHEDULE);
        assertEquals(EmailDelivery.MAX_ERROR_LENGTH, d.lastError().length());
    }
}
