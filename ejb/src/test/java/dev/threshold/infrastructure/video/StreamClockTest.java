package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StreamClockTest {

    private Instant now = Instant.parse("2026-11-29T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aLiveStreamThatStartsWithABurstOfBufferedFramesNeverClaimsTimesThatHaveNotHappened() {
        StreamClock streamClock = new StreamClock(clock, true);
        streamClock.restart(25);
        for (int i = 0; i < 25; i++) { // a relay hands over a second of buffered frames at once
            Instant at = streamClock.captureTime(i * 40_000L);
            assertFalse(at.isAfter(now), "frame " + i + " at " + at);
        }
        now = now.plusMillis(40); // then frames arrive as captured
        assertEquals(now, streamClock.captureTime(25 * 40_000L));
        now = now.plusMillis(45); // a little late: the camera's spacing is kept
        assertEquals(now.minusMillis(5), streamClock.captureTime(26 * 40_000L));
    }

    @Test
    void aFileKeepsItsOwnSpacingHoweverFastItIsRead() {
        StreamClock streamClock = new StreamClock(clock, false);
        streamClock.restart(25);
        Instant first = streamClock.captureTime(0);
        assertEquals(first.plus(Duration.ofSeconds(4)), streamClock.captureTime(4_000_000L));
    }
}
