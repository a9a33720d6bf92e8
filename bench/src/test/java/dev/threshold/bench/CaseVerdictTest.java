package dev.threshold.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.analytics.vision.crossing.Direction;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class CaseVerdictTest {

    static EvalCase caseWith(List<EvalCase.Access> access) {
        return new EvalCase(
                Path.of("x.case.json"),
                Path.of("x.mp4"),
                null,
                25,
                1.5,
                List.of(),
                access,
                new EvalCase.Expect(
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        Optional.of(true),
                        OptionalInt.of(1),
                        OptionalInt.empty()));
    }

    static CrossingMatch.Detected in(double t) {
        return new CrossingMatch.Detected(t, Direction.IN);
    }

    @Test
    void twoInOnOneBadgeIsOneTailgater() {
        CaseVerdict v = CaseVerdict.of(
                caseWith(List.of(new EvalCase.Access(10.5, "lock.unlock", null, "101"))), List.of(in(12.0), in(12.1)));
        assertEquals(1, v.windows());
        assertEquals(1, v.tailgaters());
        assertTrue(v.tailgating());
    }

    @Test
    void exitsNeitherCountNorAuthorise() {
        CaseVerdict v = CaseVerdict.of(
                caseWith(List.of(new EvalCase.Access(10.5, "lock.unlock", null, "101"))),
                List.of(
                        new CrossingMatch.Detected(12.0, Direction.OUT),
                        new CrossingMatch.Detected(12.2, Direction.OUT)));
        assertEquals(0, v.entries());
        assertFalse(v.tailgating());
    }

    @Test
    void entriesWhileForcedOpenAreForcedEntries() {
        CaseVerdict v = CaseVerdict.of(
                caseWith(List.of(new EvalCase.Access(3, "lock.forced_open", null, null))), List.of(in(4.0)));
        assertEquals(1, v.forcedEntries());
        assertEquals(0, v.tailgaters());
    }
}
