package dev.threshold.domain.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartsAnalysisTest {

    @ParameterizedTest
    @CsvSource({
            "lock.unlock,      true,  true",
            "lock.unlock,      false, false",
            "lock.unlock,      ,      true",
            "lock.forced_open, ,      true",
            "lock.held_open,   ,      true",
            "lock.tailgate,    true,  false",
            "lock.opened,      true,  false",
            "reader.access,    true,  false",
    })
    void onlyAGrantedUnlockAForcedOrAHeldDoorStartTailgatingAnalysis(String type, Boolean success, boolean starts) {
        assertEquals(starts, KisiEventTest.event("u", type, success).startsTailgatingAnalysis());
    }
}
