package dev.threshold.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Camera and stand-in find the loop's position from the clock alone. */
class DemoLoopTest {

    private final DemoLoop loop = new DemoLoop(80);

    @Test
    void theLoopPositionIsTheClockModuloTheLoop() {
        assertEquals(0, loop.secondsAt(Instant.ofEpochSecond(8_000)), 1e-9);
        assertEquals(12.5, loop.secondsAt(Instant.ofEpochMilli(8_012_500)), 1e-9);
        assertEquals(79.999, loop.secondsAt(Instant.ofEpochMilli(8_079_999)), 1e-9);
    }

    @Test
    void theNextMomentOfAScriptTimeIsInThisRoundOrTheNext() {
        Instant now = Instant.ofEpochMilli(8_012_500); // 12.5 s into a round
        assertEquals(Instant.ofEpochMilli(8_018_000), loop.nextAt(now, 18));
        assertEquals(Instant.ofEpochMilli(8_085_000), loop.nextAt(now, 5));
        assertEquals(Instant.ofEpochMilli(8_092_500), loop.nextAt(now, 12.5), "now itself is past");
        assertEquals(12.5, loop.secondsAt(loop.nextAt(now, 12.5)), 1e-9);
    }

    @Test
    void aLoopShorterThanASecondIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DemoLoop(0.5));
    }
}
