package dev.threshold.infrastructure.video;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DecimatorTest {

    private static int kept(double inputFps, double seconds, double analysisFps) {
        Decimator decimator = new Decimator(analysisFps);
        Instant start = Instant.parse("2026-11-29T06:30:00Z");
        int kept = 0;
        for (int i = 0; i < inputFps * seconds; i++) {
            if (decimator.keep(start.plusNanos(Math.round(i / inputFps * 1e9)))) {
                kept++;
            }
        }
        return kept;
    }

    @Test
    void keepsTheAnalysisRateWhateverTheCameraSends() {
        assertEquals(50, kept(25, 10, 5));
        assertEquals(50, kept(30, 10, 5));
        assertEquals(50, kept(10, 10, 5));
        assertEquals(50, kept(12.5, 10, 5), "12.5 fps does not divide by 5: the rate still holds on average");
    }

    @Test
    void aCameraSlowerThanTheAnalysisRateHasEveryFrameKept() {
        assertEquals(30, kept(3, 10, 5));
    }

    @Test
    void startsAfreshAfterAJumpInTime() {
        Decimator decimator = new Decimator(5);
        Instant t = Instant.parse("2026-11-29T06:30:00Z");
        assertEquals(true, decimator.keep(t));
        assertEquals(true, decimator.keep(t.minusSeconds(60)), "a clock step backwards must not stall the analysis");
        assertEquals(false, decimator.keep(t.minusSeconds(60).plusMillis(40)));
    }
}
