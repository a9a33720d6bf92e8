package dev.threshold.domain.window;

import static dev.threshold.domain.window.DoorWindowsTest.at;
import static dev.threshold.domain.window.DoorWindowsTest.grant;
import static dev.threshold.domain.window.DoorWindowsTest.signal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VerdictsTest {

    static final UUID FRONT = UUID.randomUUID();
    static final UUID SIDE = UUID.randomUUID();

    static Entry in(UUID camera, double seconds) {
        return new Entry(UUID.randomUUID(), camera, at(seconds));
    }

    static List<Verdict> decide(List<DoorEvent> events, Entry... entries) {
        return Verdicts.decide(DoorWindows.cut(events, WindowRules.DEFAULTS), List.of(entries), WindowRules.DEFAULTS);
    }

    @Test
    void twoPeopleOnOneBadgeIsOneTailgater() {
        Verdict verdict =
                decide(List.of(grant(0, "ada")), in(FRONT, 3), in(FRONT, 3.4)).get(0);
        assertEquals(2, verdict.entries().size());
        assertEquals(1, verdict.tailgaters());
        assertTrue(verdict.unauthorised());
        assertEquals(List.of(verdict.entries().get(1)), verdict.unauthorisedEntries(), "the second one through");
    }

    @Test
    void aGroupBadgingInOneByOneIsNoTailgating() {
        Verdict verdict = decide(
                        List.of(grant(0, "ada"), grant(2, "bob"), grant(4, "cy")),
                        in(FRONT, 3),
                        in(FRONT, 5),
                        in(FRONT, 7))
                .get(0);
        assertEquals(0, verdict.tailgaters());
        assertFalse(verdict.unauthorised());
    }

    @Test
    void fewerEntriesThanGrantsIsNoTailgating() {
        assertEquals(
                0,
                decide(List.of(grant(0, "ada"), grant(1, "bob")), in(FRONT, 3))
                        .get(0)
                        .tailgaters());
    }

    @Test
    void theSamePersonOnTwoCamerasOfTheDoorCountsOnce() {
        Verdict verdict =
                decide(List.of(grant(0, "ada")), in(FRONT, 3.0), in(SIDE, 3.5)).get(0);
        assertEquals(1, verdict.entries().size());
        assertEquals(0, verdict.tailgaters());
    }

    @Test
    void twoPeopleSeenByBothCamerasStayTwo() {
        Verdict verdict = decide(List.of(grant(0, "ada")), in(FRONT, 3.0), in(FRONT, 3.3), in(SIDE, 3.1), in(SIDE, 3.5))
                .get(0);
        assertEquals(2, verdict.entries().size());
        assertEquals(1, verdict.tailgaters());
    }

    @Test
    void entriesJustOutsideTheWindowBelongToItWithinTheTolerance() {
        Verdict verdict = decide(List.of(grant(0, "ada")), in(FRONT, -1.0), in(FRONT, 11.0))
                .get(0);
        assertEquals(2, verdict.entries().size());
        assertEquals(1, verdict.tailgaters());
        assertEquals(
                0,
                decide(List.of(grant(0, "ada")), in(FRONT, 12.0), in(FRONT, 3))
                        .get(0)
                        .tailgaters(),
                "two seconds after the window is nobody's tailgater");
    }

    @Test
    void anEntryBetweenTwoWindowsCountsOnceInTheNearest() {
        List<Verdict> verdicts = decide(
                List.of(grant(0, "ada"), signal(DoorSignal.CLOSED, 5), grant(6, "bob")), in(FRONT, 5.2), in(FRONT, 8));
        assertEquals(1, verdicts.get(0).entries().size());
        assertEquals(1, verdicts.get(1).entries().size());
        assertEquals(0, verdicts.get(0).tailgaters() + verdicts.get(1).tailgaters());
    }

    @Test
    void everyEntryWhileForcedOpenIsAForcedEntry() {
        Verdict verdict = decide(List.of(signal(DoorSignal.FORCED_OPEN, 0)), in(FRONT, 2), in(FRONT, 4))
                .get(0);
        assertEquals(2, verdict.forcedEntries());
        assertEquals(0, verdict.tailgaters());
        assertEquals(2, verdict.unauthorisedEntries().size());
    }

    @Test
    void entriesDuringAScheduledUnlockJudgeNobody() {
        assertTrue(decide(
                        List.of(signal(DoorSignal.SCHEDULE_STARTED, 0), grant(1, "ada")), in(FRONT, 3), in(FRONT, 3.5))
                .isEmpty());
    }

    @Test
    void aLateGrantRevisesTheVerdict() {
        Entry first = in(FRONT, 3);
        Entry second = in(FRONT, 4);
        assertEquals(1, decide(List.of(grant(0, "ada")), first, second).get(0).tailgaters());
        assertEquals(
                0,
                decide(List.of(grant(0, "ada"), grant(1, "bob")), first, second)
                        .get(0)
                        .tailgaters());
    }
}
