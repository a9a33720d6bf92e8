package dev.threshold.domain.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.access.KisiEvent;
import dev.threshold.domain.access.KisiEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoorEventLabelsTest {

    private static KisiEvent event(String type, Boolean success) {
        return KisiEvents.lockEvent("u-1", type, success);
    }

    @ParameterizedTest
    @CsvSource({
        "lock.unlock,          entry unlocked,     entry.unlocked",
        "lock.forced_open,     entry forced open,  entry.forced_open",
        "lock.held_open,       entry ajar started, entry.ajar_started",
        "lock.tailgate,        kisi tailgate,      kisi.tailgate",
        "lock.opened,          entry opened,       entry.opened",
        "lock.closed,          entry closed,       entry.closed",
        "lock.locked,          entry locked,       entry.locked",
        "lock.lock_down,       lockdown started,   entry.lockdown_started",
        "lock.cancel_lockdown, lockdown cancelled, entry.lockdown_cancelled",
        "lock.first_to_arrive, first to arrive,    entry.first_to_arrive",
        "lock.last_to_leave,   last to leave,      entry.last_to_leave",
    })
    void everyLockEventHasItsLabelAndToken(String type, String name, String token) {
        LabelKind kind = DoorEventLabels.labelFor(event(type, true));
        assertEquals(name, kind.name());
        assertEquals(token, kind.token());
    }

    @Test
    void theSeedsQueriesArePhrasingsOfTheirLabels() {
        assertEquals(
                java.util.List.of("door unlocked", "unlocked"),
                DoorEventLabels.labelFor(event("lock.unlock", true)).queries());
        assertTrue(DoorEventLabels.labelFor(event("lock.forced_open", null))
                .queries()
                .contains("door forced open"));
        assertTrue(DoorEventLabels.labelFor(event("lock.held_open", null))
                .queries()
                .contains("door held open"));
        assertTrue(DoorEventLabels.labelFor(event("lock.held_open", null))
                .queries()
                .contains("entry ajar"));
    }

    @Test
    void aRefusedUnlockIsNotAnUnlock() {
        LabelKind denied = DoorEventLabels.labelFor(event("lock.unlock", false));
        assertEquals("entry unlock denied", denied.name());
        assertEquals("entry.unlock_denied", denied.token());
    }

    @Test
    void otherEventTypesAreLabelledByTheirOwnName() {
        LabelKind kind = DoorEventLabels.labelFor(event("reader.access", true));
        assertEquals("reader access", kind.name());
        assertEquals("reader.access", kind.token());
        assertEquals(
                "user sign in",
                DoorEventLabels.labelFor(event("user.sign_in", null)).name());
        assertEquals(
                "odd type", DoorEventLabels.labelFor(event("Odd Type!", null)).name());
    }

    @Test
    void thePerPersonTokenPrefixesTheActorId() {
        LabelKind kind = DoorEventLabels.labelFor(event("lock.unlock", true));
        assertEquals("7_entry.unlocked", kind.tokenFor("7"));
        assertEquals(null, kind.tokenFor(null));
    }
}
