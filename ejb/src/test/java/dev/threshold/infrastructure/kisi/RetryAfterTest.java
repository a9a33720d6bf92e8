package dev.threshold.infrastructure.kisi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    static final Instant NOW = Instant.parse("2026-11-29T06:30:00Z");

    @Test
    void secondsAreTakenAsTheyAre() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), RetryAfter.parse("1", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse(" 0 ", NOW));
    }

    @Test
    void anHttpDateIsTheWaitUntilThen() {
        assertEquals(Optional.of(Duration.ofSeconds(2)), RetryAfter.parse("Sun, 29 Nov 2026 06:30:02 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Sun, 29 Nov 2026 06:29:00 GMT", NOW));
    }

    @Test
    void anythingElseLeavesTheWaitToTheBackOff() {
        assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("-5", NOW));
        assertEquals(Optional.empty(), RetryAfter.parse("1.5", NOW));
    }
}
