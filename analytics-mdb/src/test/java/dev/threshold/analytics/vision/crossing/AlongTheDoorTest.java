package dev.threshold.analytics.vision.crossing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threshold.domain.scene.FloorPoint;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Someone walking along the threshold is not entering: their foot point wanders a quarter of a metre either side of
 * the line (jitter, a slow drift), which never makes a passage as deep as {@link ZoneSettings#passageMeters()}.
 * The corridor's door runs from x 2 m to 8 m at y 5 m.
 */
class AlongTheDoorTest {

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void walkingAlongTheLineWithJitteringFeetCountsNothing(double fps) {
        for (long seed = 1; seed <= 20; seed++) {
            Random noise = new Random(seed);
            Corridor c = new Corridor(fps);
            int n = (int) (7 / 1.2 * fps);
            for (int i = 0; i <= n; i++) {
                double x = 1.5 + 7.0 * i / n;
                double y = 5 + 0.12 * Math.sin(i / fps * 2) + noise.nextGaussian() * 0.06;
                c.frame(new FloorPoint(x, y));
            }
            assertEquals(0, c.crossings.size(), "seed " + seed + ": " + c.crossings);
        }
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void walkingAlongJustOutsideThenBrushingTheLineCountsNothing(double fps) {
        Corridor c = new Corridor(fps);
        // outside, 60 cm from the line, then closer and closer, toes over it once, and on along it
        c.walk(new FloorPoint(1, 5.6), new FloorPoint(4, 5.3));
        c.walk(new FloorPoint(4, 5.3), new FloorPoint(5, 4.95));
        c.walk(new FloorPoint(5, 4.95), new FloorPoint(8.5, 5.2));
        assertEquals(0, c.crossings.size(), c.crossings::toString);
    }

    @ParameterizedTest(name = "at {0} fps")
    @ValueSource(doubles = {25, 10, 5})
    void aShallowButRealEntryAlongTheDoorStillCounts(double fps) {
        Corridor c = new Corridor(fps);
        // walking along the door outside, then turning in at 30 degrees and on into the room
        c.walk(new FloorPoint(1, 5.8), new FloorPoint(3, 5.5));
        c.walk(new FloorPoint(3, 5.5), new FloorPoint(6, 3.8));
        assertEquals(1, c.count(Direction.IN), c.crossings::toString);
        assertEquals(1, c.crossings.size(), c.crossings::toString);
    }
}
