package dev.threshold.domain.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The e-mail of a doubtful incident held for its review: released once, or cancelled for good. */
class HeldDeliveryTest {

    private static final Instant T0 = Instant.parse("2026-11-29T08:00:00Z");

    private static EmailDelivery held() {
        EmailDelivery d = EmailDelivery.to(UUID.randomUUID(), "Ada", "ada@example.com", "s", "b", T0);
        d.hold();
        return d;
    }

    @Test
    void aHeldEmailIsNeverDue() {
        EmailDelivery d = held();
        assertEquals(DeliveryState.HELD, d.state());
        assertFalse(d.isDue(T0.plus(Duration.ofDays(30))));
        assertThrows(IllegalStateException.class, () -> d.claim(T0, T0.plusSeconds(300)));
    }

    @Test
    void aConfirmReleasesItOnceAndItIsDueAtOnce() {
        EmailDelivery d = held();
        assertTrue(d.release(T0.plusSeconds(60)));
        assertEquals(DeliveryState.PENDING, d.state());
        assertTrue(d.isDue(T0.plusSeconds(60)));
        assertFalse(d.release(T0.plusSeconds(70)), "released already: nothing to release twice");
        assertFalse(d.cancel(), "a released e-mail is not taken back");
        d.sent(T0.plusSeconds(61));
        assertFalse(d.release(T0.plusSeconds(80)), "sent: stays sent");
    }

    @Test
    void aDismissCancelsItForGood() {
        EmailDelivery d = held();
        assertTrue(d.cancel());
        assertEquals(DeliveryState.CANCELLED, d.state());
        assertFalse(d.release(T0.plusSeconds(60)), "a cancelled e-mail is never sent");
        assertFalse(d.isDue(T0.plusSeconds(60)));
    }

    @Test
    void onlyAnEmailNotTriedYetIsHeld() {
        EmailDelivery d = EmailDelivery.to(UUID.randomUUID(), "Ada", "ada@example.com", "s", "b", T0);
        d.sent(T0);
        assertThrows(IllegalStateException.class, d::hold);
        EmailDelivery pending = EmailDelivery.to(UUID.randomUUID(), "Ada", "ada@example.com", "s", "b", T0);
        assertFalse(pending.release(T0), "never held: release changes nothing");
        assertEquals(DeliveryState.PENDING, pending.state());
    }
}
