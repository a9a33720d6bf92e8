package dev.threshold.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConcernsDoorWindowsTest {

    @ParameterizedTest
    @CsvSource({
        "lock.unlock,      true,  true",
        "lock.unlock,      false, false",
        "lock.unlock,      ,      true",
        "lock.forced_open, ,      true",
        "lock.held_open,   ,      true",
        "lock.tailgate,    true,  true",
        "lock.closed,      ,      true",
        "lock.locked,      true,  true",
        "lock.scheduled_unlock_started, , true",
        "lock.scheduled_unlock_ended,   , true",
        "lock.opened,      true,  false",
        "reader.access,    true,  false",
    })
    void onlyEventsThatOpenExtendOrEndAWindowConcernDoorWindows(String type, Boolean success, boolean starts) {
        assertEquals(starts, KisiEvents.lockEvent("u", type, success).concernsDoorWindows());
    }
}
