package dev.threshold.domain.alert;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeniedBurstsTest {

    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void theThirdDenialWithinTheWindowIsABurstAndTheCountStartsAgain() {
        DeniedBursts bursts = new DeniedBursts(3, Duration.ofSeconds(60));
        assertFalse(bursts.denied("4711", T0));
        assertFalse(bursts.denied("4711", T0.plusSeconds(20)));
        assertTrue(bursts.denied("4711", T0.plusSeconds(60)), "three within 60 s");
        assertFalse(bursts.denied("4711", T0.plusSeconds(61)), "one alert per burst, not one per denial after it");
        assertFalse(bursts.denied("4711", T0.plusSeconds(62)));
        assertTrue(bursts.denied("4711", T0.plusSeconds(63)), "the next three make the next burst");
    }

    @Test
    void denialsFurtherApartThanTheWindowAreNoBurst() {
        DeniedBursts bursts = new DeniedBursts(3, Duration.ofSeconds(60));
        assertFalse(bursts.denied("4711", T0));
        assertFalse(bursts.denied("4711", T0.plusSeconds(40)));
        assertFalse(bursts.denied("4711", T0.plusSeconds(61)), "the first has left the window");
        assertTrue(bursts.denied("4711", T0.plusSeconds(70)));
    }

    @Test
    void eachDoorCountsItsOwn() {
        DeniedBursts bursts = new DeniedBursts(2, Duration.ofSeconds(60));
        assertFalse(bursts.denied("1", T0));
        assertFalse(bursts.denied("2", T0.plusSeconds(1)));
        assertTrue(bursts.denied("1", T0.plusSeconds(2)));
    }

    @Test
    void lateEventsCountByTheirOwnTime() {
        DeniedBursts bursts = new DeniedBursts(3, Duration.ofSeconds(60));
        assertFalse(bursts.denied("1", T0.plusSeconds(100)));
        assertFalse(bursts.denied("1", T0), "100 s before the newest: outside the window");
        assertFalse(bursts.denied("1", T0.plusSeconds(90)));
        assertTrue(bursts.denied("1", T0.plusSeconds(95)));
    }

    @Test
    void aBurstNeedsAtLeastOneDenialAndAWindow() {
        assertThrows(IllegalArgumentException.class, () -> new DeniedBursts(0, Duration.ofSeconds(60)));
        assertThrows(IllegalArgumentException.class, () -> new DeniedBursts(3, Duration.ZERO));
    }
}
