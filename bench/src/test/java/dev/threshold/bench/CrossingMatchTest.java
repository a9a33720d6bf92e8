package dev.threshold.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threshold.analytics.vision.crossing.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossingMatchTest {

    private static EvalCase.TrueCrossing truth(double t, Direction d) {
        return new EvalCase.TrueCrossing(t, d);
    }

    private static CrossingMatch.Detected seen(double t, Direction d) {
        return new CrossingMatch.Detected(t, d);
    }

    @Test
    void twoPeopleAtTheSameMomentNeedTwoDetections() {
        List<EvalCase.TrueCrossing> truths = List.of(truth(12, Direction.OUT), truth(12, Direction.OUT));
        assertEquals(new CrossingMatch(1, 1, 0, 0), CrossingMatch.of(truths, List.of(seen(11.6, Direction.OUT)), 1.5));
        assertEquals(
                new CrossingMatch(2, 0, 1, 0),
                CrossingMatch.of(
                        truths,
                        List.of(seen(11.6, Direction.OUT), seen(11.7, Direction.OUT), seen(12.1, Direction.OUT)),
                        1.5));
    }

    @Test
    void tooLateOrTheWrongWayDoesNotMatch() {
        List<EvalCase.TrueCrossing> truths = List.of(truth(7.4, Direction.OUT));
        assertEquals(new CrossingMatch(0, 1, 1, 0), CrossingMatch.of(truths, List.of(seen(9.0, Direction.OUT)), 1.5));
        assertEquals(new CrossingMatch(0, 1, 1, 1), CrossingMatch.of(truths, List.of(seen(7.5, Direction.IN)), 1.5));
    }

    @Test
    void closestPairsAreMatchedFirst() {
        List<EvalCase.TrueCrossing> truths = List.of(truth(10, Direction.IN), truth(11.4, Direction.IN));
        // 11.0 is within tolerance of both; it must go to 11.4 so that 9.0 can still match 10
        assertEquals(
                new CrossingMatch(2, 0, 0, 0),
                CrossingMatch.of(truths, List.of(seen(11.0, Direction.IN), seen(9.0, Direction.IN)), 1.5));
    }
}
