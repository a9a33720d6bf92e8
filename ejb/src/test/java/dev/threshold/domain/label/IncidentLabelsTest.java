package dev.threshold.domain.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.door.Door;
import dev.threshold.domain.incident.Incident;
import dev.threshold.domain.window.DoorEvent;
import dev.threshold.domain.window.DoorSignal;
import dev.threshold.domain.window.DoorWindows;
import dev.threshold.domain.window.Entry;
import dev.threshold.domain.window.LowConfidence;
import dev.threshold.domain.window.Verdict;
import dev.threshold.domain.window.Verdicts;
import dev.threshold.domain.window.WindowRules;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IncidentLabelsTest {

    static final Instant T0 = Instant.parse("2026-11-29T09:00:00Z");
    static final Door DOOR = new Door("4711", "Front door", T0);
    static final Camera CAMERA = new Camera("Lobby", T0);
    static final UUID CAMERA_ID = UUID.randomUUID();

    private static Label labelOfIncident(DoorEvent opening, int entries) {
        List<Entry> in = new java.util.ArrayList<>();
        for (int i = 0; i < entries; i++) {
            in.add(new Entry(null, CAMERA_ID, T0.plusSeconds(2 + i)));
        }
        Verdict verdict = Verdicts.decide(
                        DoorWindows.cut(List.of(opening), WindowRules.DEFAULTS), in, WindowRules.DEFAULTS)
                .get(0);
        Incident incident =
                Incident.open(DOOR, verdict, List.of(), Map.of(), LowConfidence.DEFAULT, T0.plusSeconds(11));
        return Label.onIncident(incident, CAMERA);
    }

    @Test
    void aSearchForTailgatingFindsForcedEntriesTooEachLabelledWithItsKind() {
        Label tailgating = labelOfIncident(new DoorEvent(UUID.randomUUID(), DoorSignal.GRANT, T0, "7", "Ada", null), 2);
        Label forced = labelOfIncident(DoorEvent.of(DoorSignal.FORCED_OPEN, T0), 1);

        LabelQuery query = LabelQuery.parse("tailgating");
        assertTrue(query.matches(tailgating.searchText()));
        assertTrue(query.matches(forced.searchText()), "a forced entry is an unauthorised entry as well");
        assertEquals("tailgating", tailgating.name());
        assertEquals("threshold.tailgating", tailgating.token());
        assertEquals("forced entry", forced.name(), "still labelled with its own kind");
        assertEquals("threshold.forced_entry", forced.token());
    }

    @Test
    void theKindsCanStillBeToldApartInSearch() {
        Label tailgating = labelOfIncident(new DoorEvent(UUID.randomUUID(), DoorSignal.GRANT, T0, "7", "Ada", null), 2);
        Label forced = labelOfIncident(DoorEvent.of(DoorSignal.FORCED_OPEN, T0), 1);
        assertFalse(LabelQuery.parse("forced entry").matches(tailgating.searchText()));
        assertFalse(LabelQuery.parse("tailgating -forced").matches(forced.searchText()));
        assertTrue(LabelQuery.parse("tailgating -forced").matches(tailgating.searchText()));
    }
}
