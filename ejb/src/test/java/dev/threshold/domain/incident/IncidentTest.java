package dev.threshold.domain.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.door.Door;
import dev.threshold.domain.window.DoorEvent;
import dev.threshold.domain.window.DoorSignal;
import dev.threshold.domain.window.DoorWindows;
import dev.threshold.domain.window.Entry;
import dev.threshold.domain.window.LowConfidence;
import dev.threshold.domain.window.Verdict;
import dev.threshold.domain.window.Verdicts;
import dev.threshold.domain.window.WindowRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IncidentTest {

    static final Instant T0 = Instant.parse("2026-11-29T09:00:00Z");
    static final Door DOOR = new Door("4711", "Front door", T0);
    static final UUID CAMERA = UUID.randomUUID();

    static Verdict verdict(int grants, int entries) {
        List<DoorEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < grants; i++) {
            events.add(new DoorEvent(UUID.randomUUID(), DoorSignal.GRANT, T0.plusSeconds(i), "a" + i, "A" + i, null));
        }
        List<Entry> in = new java.util.ArrayList<>();
        for (int i = 0; i < entries; i++) {
            in.add(new Entry(null, CAMERA, T0.plusSeconds(3).plusMillis(400L * i)));
        }
        return Verdicts.decide(DoorWindows.cut(events, WindowRules.DEFAULTS), in, WindowRules.DEFAULTS)
                .get(0);
    }

    static Incident tailgating() {
        return Incident.open(DOOR, verdict(1, 3), List.of(), Map.of(), LowConfidence.DEFAULT, T0.plusSeconds(11));
    }

    @Test
    void anIncidentHoldsOneOccurrencePerUnauthorisedPerson() {
        Incident incident = tailgating();
        assertEquals(IncidentKind.TAILGATING, incident.kind());
        assertEquals(IncidentStatus.OPEN, incident.status());
        assertEquals(2, incident.unauthorised());
        assertEquals(
                List.of(1, 2),
                incident.occurrences().stream()
                        .map(IncidentOccurrence::position)
                        .toList());
        assertEquals(
                T0.plusSeconds(3).plusMillis(400),
                incident.occurrences().get(0).occurredAt(),
                "the second one through is the first tailgater");
    }

    @Test
    void noIncidentWhenEveryoneWasLetIn() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Incident.open(
                        DOOR, verdict(2, 2), List.of(), Map.of(), LowConfidence.DEFAULT, T0.plusSeconds(20)));
    }

    @Test
    void aLateGrantWithdrawsItAndMoreEntriesReopenIt() {
        Incident incident =
                Incident.open(DOOR, verdict(1, 2), List.of(), Map.of(), LowConfidence.DEFAULT, T0.plusSeconds(11));
        assertTrue(incident.revise(verdict(2, 2), List.of(), Map.of(), LowConfidence.DEFAULT, T0.plusSeconds(20)));
        assertEquals(IncidentStatus.WITHDRAWN, incident.status());
        assertTrue(incident.revise(verdict(2, 3), List.of(), Map.of(), LowConfidence.DEFAULT, T0.plusSeconds(30)));
        assertEquals(IncidentStatus.OPEN, incident.status());
        assertEquals(1, incident.unauthorised());
        assertFalse(
                incident.revise(verdict(2, 3), List.of(), Map.of(), LowConfidence.DEFAULT, T0.plusSeconds(40)),
                "nothing new");
    }

    @Test
    void aReviewersDecisionStaysWhenTheEvidenceIsRevised() {
        Incident incident = tailgating();
        incident.confirm("ada", null, T0.plusSeconds(60));
        incident.revise(verdict(3, 3), List.of(), Map.of(), LowConfidence.DEFAULT, T0.plusSeconds(70));
        assertEquals(IncidentStatus.CONFIRMED, incident.status());
    }

    @Test
    void aDismissalNeedsAReasonAndAnIncidentIsReviewedOnce() {
        Incident incident = tailgating();
        IncidentReviewException noReason =
                assertThrows(IncidentReviewException.class, () -> incident.dismiss("ada", "  ", T0.plusSeconds(60)));
        assertEquals("reason", noReason.field());
        incident.dismiss("ada", "Facilities staff carrying a ladder", T0.plusSeconds(60));
        assertEquals("ada", incident.reviewedBy());
        assertEquals("Facilities staff carrying a ladder", incident.reviewReason());
        IncidentReviewException again =
                assertThrows(IncidentReviewException.class, () -> incident.confirm("bob", null, T0.plusSeconds(70)));
        assertTrue(again.getMessage().contains("dismissed by ada"), again.getMessage());
    }

    @Test
    void anUnreviewedIncidentClosesAfterTheReviewTimeAndCanStillBeReviewed() {
        Incident incident = tailgating();
        assertFalse(incident.closeIfUnreviewed(Duration.ofDays(7), T0.plus(Duration.ofDays(6))));
        assertTrue(incident.closeIfUnreviewed(Duration.ofDays(7), T0.plus(Duration.ofDays(8))));
        assertEquals(IncidentStatus.CLOSED, incident.status());
        incident.confirm("ada", "seen on the clip", T0.plus(Duration.ofDays(9)));
        assertEquals(IncidentStatus.CONFIRMED, incident.status());
    }

    @Test
    void whoeverWentInWhileForcedOpenIsAForcedEntry() {
        Verdict forced = Verdicts.decide(
                        DoorWindows.cut(List.of(DoorEvent.of(DoorSignal.FORCED_OPEN, T0)), WindowRules.DEFAULTS),
                        List.of(new Entry(null, CAMERA, T0.plusSeconds(2))),
                        WindowRules.DEFAULTS)
                .get(0);
        Incident incident = Incident.open(DOOR, forced, List.of(), Map.of(), LowConfidence.DEFAULT, T0.plusSeconds(11));
        assertEquals(IncidentKind.FORCED_ENTRY, incident.kind());
        assertEquals("forced entry", incident.kind().label());
        assertEquals(1, incident.unauthorised());
    }
}
