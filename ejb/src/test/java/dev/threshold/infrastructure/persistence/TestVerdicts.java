package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.window.DoorEvent;
import dev.threshold.domain.window.DoorSignal;
import dev.threshold.domain.window.DoorWindows;
import dev.threshold.domain.window.Entry;
import dev.threshold.domain.window.Verdict;
import dev.threshold.domain.window.Verdicts;
import dev.threshold.domain.window.WindowRules;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Verdicts the persistence tests store incidents of. */
final class TestVerdicts {

    private TestVerdicts() {}

    /** The door forced open at {@code at}, one person counted going in two seconds later: an incident. */
    static Verdict forcedOpen(Instant at) {
        return Verdicts.decide(
                        DoorWindows.cut(List.of(DoorEvent.of(DoorSignal.FORCED_OPEN, at)), WindowRules.DEFAULTS),
                        List.of(new Entry(null, UUID.randomUUID(), at.plusSeconds(2))),
                        WindowRules.DEFAULTS)
                .get(0);
    }
}
