package dev.threshold.domain.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoorWindowsTest {

    static final Instant T0 = Instant.parse("2026-11-29T09:00:00Z");

    static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }

    static DoorEvent grant(double seconds, String actor) {
        return new DoorEvent(null, DoorSignal.GRANT, at(seconds), actor, actor, null);
    }

    static DoorEvent signal(DoorSignal signal, double seconds) {
        return DoorEvent.of(signal, at(seconds));
    }

    static List<DoorWindow> cut(DoorEvent... events) {
        return DoorWindows.cut(List.of(events), WindowRules.DEFAULTS);
    }

    @Test
    void aGrantOpensAWindowThatEndsTenSecondsLater() {
        List<DoorWindow> windows = cut(grant(0, "ada"));
        assertEquals(1, windows.size());
        assertEquals(at(0), windows.get(0).start());
        assertEquals(at(10), windows.get(0).end());
        assertEquals(DoorWindow.Kind.GRANTED, windows.get(0).kind());
    }

    @Test
    void grantsWithinTenSecondsOfTheLastOneJoinTheWindowAsAGroup() {
        List<DoorWindow> windows = cut(grant(0, "ada"), grant(4, "bob"), grant(12, "cy"));
        assertEquals(1, windows.size());
        assertEquals(3, windows.get(0).grants().size());
        assertEquals(at(22), windows.get(0).end(), "ends ten seconds after the last grant");
    }

    @Test
    void aLaterGrantStartsANewWindow() {
        List<DoorWindow> windows = cut(grant(0, "ada"), grant(30, "bob"));
        assertEquals(2, windows.size());
        assertEquals(at(10), windows.get(0).end());
        assertEquals(at(30), windows.get(1).start());
    }

    @Test
    void closedOrLockedEndsTheWindowAtOnce() {
        assertEquals(
                at(4), cut(grant(0, "ada"), signal(DoorSignal.CLOSED, 4)).get(0).end());
        assertEquals(
                at(3), cut(grant(0, "ada"), signal(DoorSignal.LOCKED, 3)).get(0).end());
    }

    @Test
    void aGrantAfterTheDoorClosedIsANewWindowEvenWithinTheGroupTime() {
        List<DoorWindow> windows = cut(grant(0, "ada"), signal(DoorSignal.CLOSED, 3), grant(5, "bob"));
        assertEquals(2, windows.size());
        assertEquals(at(3), windows.get(0).end());
        assertEquals(at(5), windows.get(1).start());
    }

    @Test
    void heldOpenExtendsTheWindowUntilTheDoorCloses() {
        List<DoorWindow> closed =
                cut(grant(0, "ada"), signal(DoorSignal.HELD_OPEN, 30), grant(40, "bob"), signal(DoorSignal.CLOSED, 75));
        assertEquals(1, closed.size(), "a grant while the door is held open joins the window");
        assertEquals(at(75), closed.get(0).end());
        assertEquals(2, closed.get(0).grants().size());
    }

    // Camio's manual set-up subscribes lock.forced_open, lock.held_open and lock.unlock only: no closing event.
    @Test
    void aHeldOpenWindowThatNothingClosesEndsAtTheMaximumAfterTheReport() {
        List<DoorWindow> open = cut(grant(0, "ada"), signal(DoorSignal.HELD_OPEN, 30));
        assertEquals(at(90), open.get(0).end(), "60 s after the held-open report by default");
        assertTrue(open.get(0).endedBy(at(90)), "judged then, without any further event");
        assertFalse(open.get(0).endedBy(at(89)));

        WindowRules fiveSeconds = WindowRules.DEFAULTS.withHeldOpenMax(Duration.ofSeconds(5));
        assertEquals(
                at(35),
                DoorWindows.cut(List.of(grant(0, "ada"), signal(DoorSignal.HELD_OPEN, 30)), fiveSeconds)
                        .get(0)
                        .end(),
                "the door's own maximum");
    }

    @Test
    void aGrantOnceTheHeldOpenDoorIsKnownClosedOpensTheNextWindow() {
        List<DoorWindow> windows =
                cut(grant(0, "ada"), signal(DoorSignal.HELD_OPEN, 5), grant(40, "bob"), grant(120, "cy"));
        assertEquals(2, windows.size(), "every grant within 5 minutes no longer joins the held-open window");
        assertEquals(2, windows.get(0).grants().size(), "bob came while the door was still held open");
        assertEquals(at(65), windows.get(0).end(), "the maximum after the held-open report");
        assertEquals(at(120), windows.get(1).start());
        assertEquals(at(130), windows.get(1).end(), "an ordinary window: nothing holds it open");
    }

    @Test
    void aGrantNearTheHeldOpenMaximumKeepsItsOwnOpenTime() {
        List<DoorWindow> windows = cut(grant(0, "ada"), signal(DoorSignal.HELD_OPEN, 5), grant(60, "bob"));
        assertEquals(1, windows.size());
        assertEquals(at(70), windows.get(0).end(), "bob's follower has the usual 10 s");
    }

    @Test
    void aClosingEventBeforeTheMaximumEndsTheHeldOpenWindow() {
        assertEquals(
                at(20),
                cut(grant(0, "ada"), signal(DoorSignal.HELD_OPEN, 12), signal(DoorSignal.LOCKED, 20))
                        .get(0)
                        .end());
        List<DoorWindow> forced =
                cut(grant(0, "ada"), signal(DoorSignal.HELD_OPEN, 12), signal(DoorSignal.FORCED_OPEN, 30));
        assertEquals(at(30), forced.get(0).end(), "a forced opening means the door had shut");
        assertEquals(DoorWindow.Kind.FORCED, forced.get(1).kind());
    }

    @Test
    void aForcedDoorHeldOpenEndsAtTheMaximumToo() {
        List<DoorWindow> windows = cut(signal(DoorSignal.FORCED_OPEN, 0), signal(DoorSignal.HELD_OPEN, 8));
        assertEquals(at(68), windows.get(0).end());
    }

    @Test
    void theHeldOpenMaximumMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> WindowRules.DEFAULTS.withHeldOpenMax(Duration.ZERO));
    }

    @Test
    void heldOpenAfterTheDoorClosedDoesNotReopenTheWindow() {
        List<DoorWindow> windows = cut(grant(0, "ada"), signal(DoorSignal.CLOSED, 4), signal(DoorSignal.HELD_OPEN, 30));
        assertEquals(at(4), windows.get(0).end());
    }

    @Test
    void forcedOpenIsAWindowWithoutGrants() {
        List<DoorWindow> windows = cut(signal(DoorSignal.FORCED_OPEN, 0), signal(DoorSignal.CLOSED, 6));
        assertEquals(DoorWindow.Kind.FORCED, windows.get(0).kind());
        assertTrue(windows.get(0).grants().isEmpty());
        assertEquals(at(6), windows.get(0).end());
    }

    @Test
    void noWindowDuringAScheduledUnlock() {
        List<DoorWindow> windows = cut(
                signal(DoorSignal.SCHEDULE_STARTED, 0),
                grant(5, "ada"),
                signal(DoorSignal.FORCED_OPEN, 8),
                signal(DoorSignal.SCHEDULE_ENDED, 60),
                grant(70, "bob"));
        assertEquals(1, windows.size());
        assertEquals(at(70), windows.get(0).start());
    }

    @Test
    void aScheduledUnlockEndsTheOpenWindow() {
        List<DoorWindow> windows = cut(grant(0, "ada"), signal(DoorSignal.SCHEDULE_STARTED, 2));
        assertEquals(at(2), windows.get(0).end());
    }

    @Test
    void eventsArrivingOutOfOrderCutTheSameWindows() {
        List<DoorEvent> inOrder =
                List.of(grant(0, "ada"), grant(5, "bob"), signal(DoorSignal.CLOSED, 9), grant(20, "cy"));
        List<DoorEvent> shuffled =
                new ArrayList<>(List.of(inOrder.get(3), inOrder.get(1), inOrder.get(2), inOrder.get(0)));
        assertEquals(DoorWindows.cut(inOrder, WindowRules.DEFAULTS), DoorWindows.cut(shuffled, WindowRules.DEFAULTS));
    }

    @Test
    void kisisOwnTailgateReportIsKeptOnTheWindow() {
        assertTrue(
                cut(grant(0, "ada"), signal(DoorSignal.KISI_TAILGATE, 6)).get(0).kisiTailgate());
        assertFalse(cut(grant(0, "ada")).get(0).kisiTailgate());
    }

    @Test
    void onlyGrantedUnlocksAndDoorStatesAreSignals() {
        assertEquals(DoorSignal.GRANT, DoorSignal.of("lock.unlock", true).orElseThrow());
        assertEquals(DoorSignal.GRANT, DoorSignal.of("lock.unlock", null).orElseThrow());
        assertTrue(DoorSignal.of("lock.unlock", false).isEmpty(), "a refused badge lets nobody in");
        assertTrue(DoorSignal.of("lock.opened", true).isEmpty());
        assertTrue(DoorSignal.of("reader.access", true).isEmpty());
        assertEquals(
                DoorSignal.FORCED_OPEN, DoorSignal.of("lock.forced_open", null).orElseThrow());
    }

    @Test
    void eventsOfTheSameInstantCutTheSameWindowsWhateverTheirOrder() {
        DoorEvent forced = new DoorEvent(java.util.UUID.randomUUID(), DoorSignal.FORCED_OPEN, at(0), null, null, null);
        DoorEvent granted = new DoorEvent(java.util.UUID.randomUUID(), DoorSignal.GRANT, at(0), "7", "Ada", null);
        assertEquals(
                DoorWindows.cut(List.of(forced, granted), WindowRules.DEFAULTS),
                DoorWindows.cut(List.of(granted, forced), WindowRules.DEFAULTS));
    }
}
