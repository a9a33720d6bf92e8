package dev.threshold.analytics.vision.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.detection.BoundingBox;
import dev.threshold.analytics.vision.tracking.FloorObservation;
import dev.threshold.domain.scene.FloorPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stillness from the detector's own boxes: only a figure seen in place over the whole window stands still. */
class StillFiguresTest {

    private static Instant at(double seconds) {
        return Instant.EPOCH.plus(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    /** A figure 20 × 50 px whose feet are at {@code metres} on the floor, and 25 px to the metre in the image. */
    private static FloorObservation figure(double metres) {
        double y = 100 + metres * 25;
        return new FloorObservation(new FloorPoint(0, metres), new BoundingBox(200, y - 50, 220, y), 0.9);
    }

    @Test
    void aFigureSeenInPlaceForTheWholeWindowStandsStill() {
        StillFigures still = StillFigures.defaults();
        for (int i = 0; i <= 8; i++) { // 1.6 s of runs at 5 fps, a few cm of jitter
            still.detectorRan(at(i * 0.2), List.of(figure(2.0 + (i % 2) * 0.04)));
        }
        assertEquals(1, still.standing(at(1.6)).size());
    }

    @Test
    void aFigureSeenForLessThanTheWindowDoesNotStandStillYet() {
        StillFigures still = StillFigures.defaults();
        for (int i = 0; i <= 6; i++) { // 1.2 s
            still.detectorRan(at(i * 0.2), List.of(figure(2.0)));
        }
        assertTrue(still.standing(at(1.2)).isEmpty());
    }

    @Test
    void theGateSkippingTheDetectorDoesNotMakeAWalkerStill() {
        StillFigures still = StillFigures.defaults();
        // a slow walker (0.5 m/s) the detector saw only every 0.4 s, as after frames the motion gate skipped
        for (int i = 0; i <= 10; i++) {
            still.detectorRan(at(i * 0.4), List.of(figure(i * 0.2)));
        }
        assertTrue(still.standing(at(4.0)).isEmpty());
        assertTrue(still.standing(at(4.3)).isEmpty(), "frames after the last run, which the gate did not find moved");
    }

    @Test
    void aFigureTheDetectorLastSawLongAgoStandsStillWhileTheGateSeesNoMotion() {
        StillFigures still = StillFigures.defaults();
        // the detector ran once and the motion gate found nothing moved for 2 s: the figure stood there all along
        still.detectorRan(at(0), List.of(figure(2.0)));
        assertTrue(still.standing(at(1.0)).isEmpty(), "watched for 1 s only");
        assertEquals(1, still.standing(at(2.0)).size());
        still.detectorRan(at(3), List.of(figure(2.0)));
        assertEquals(1, still.standing(at(3)).size());
        still.detectorRan(at(3.2), List.of(figure(2.5))); // then it moved half a metre
        assertTrue(still.standing(at(3.2)).isEmpty());
    }

    @Test
    void aWalkerPassingSomeoneWhoStandsIsNotTakenForThem() {
        StillFigures still = StillFigures.defaults();
        FloorObservation standing = figure(2.0);
        for (int i = 0; i <= 8; i++) {
            FloorObservation walker = new FloorObservation(
                    new FloorPoint(0.1, 2.0), new BoundingBox(180 + i * 3, 130, 200 + i * 3, 150), 0.9);
            still.detectorRan(at(i * 0.2), List.of(standing, walker));
        }
        assertEquals(List.of(standing), still.standing(at(1.6)));
    }
}
