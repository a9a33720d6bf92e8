package dev.threshold.interfaces.audit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which Basic sign-ins are recorded: the first of an account from an address, again after a pause or a failure. */
class BasicSignInsTest {

    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");

    @Test
    void theFirstSuccessOfAnAccountFromAnAddressIsRecordedThenNotForThirtyMinutes() {
        BasicSignIns signIns = new BasicSignIns(Duration.ofMinutes(30), 100);
        assertTrue(signIns.firstSince("alice", "10.0.0.1", T0));
        assertFalse(signIns.firstSince("alice", "10.0.0.1", T0.plusSeconds(1)));
        assertFalse(signIns.firstSince("alice", "10.0.0.1", T0.plus(Duration.ofMinutes(29))));
        assertTrue(signIns.firstSince("alice", "10.0.0.2", T0.plusSeconds(2)), "another address");
        assertTrue(signIns.firstSince("bob", "10.0.0.1", T0.plusSeconds(3)), "another account");
        assertTrue(signIns.firstSince("alice", "10.0.0.1", T0.plus(Duration.ofMinutes(30))), "after the window");
    }

    @Test
    void aFailureMakesTheNextSuccessRecordedAgain() {
        BasicSignIns signIns = new BasicSignIns(Duration.ofMinutes(30), 100);
        assertTrue(signIns.firstSince("alice", "10.0.0.1", T0));
        signIns.forget("alice", "10.0.0.1");
        assertTrue(signIns.firstSince("alice", "10.0.0.1", T0.plusSeconds(5)));
    }

    @Test
    void memoryIsBoundedTheOldestPairForgottenFirst() {
        BasicSignIns signIns = new BasicSignIns(Duration.ofMinutes(30), 2);
        assertTrue(signIns.firstSince("a", "x", T0));
        assertTrue(signIns.firstSince("b", "x", T0));
        assertTrue(signIns.firstSince("c", "x", T0));
        assertTrue(signIns.firstSince("a", "x", T0.plusSeconds(1)), "a was forgotten: recorded again");
        assertFalse(signIns.firstSince("c", "x", T0.plusSeconds(1)));
    }

    @Test
    void aTriedNameIsShownOnOneBoundedLine() {
        assertEquals("(none)", SignInNotifications.named(null));
        assertEquals("(none)", SignInNotifications.named("  "));
        assertEquals("eve?admin", SignInNotifications.named("eve\nadmin"));
        assertEquals(64, SignInNotifications.named("x".repeat(500)).length());
    }
}
