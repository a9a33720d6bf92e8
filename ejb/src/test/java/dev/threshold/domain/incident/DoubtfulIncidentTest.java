package dev.threshold.domain.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An incident that rests on low-confidence crossings only is doubtful and needs review; re-judging keeps it current. */
class DoubtfulIncidentTest {

    static final Instant T0 = Instant.parse("2026-11-29T09:00:00Z");
    static final Instant JUDGED = T0.plusSeconds(11);
    static final Door DOOR = new Door("4711", "Front door", T0);
    static final UUID CAMERA = UUID.randomUUID();
    static final UUID OTHER_CAMERA = UUID.randomUUID();
    static final LowConfidence LOW = LowConfidence.DEFAULT;

    /** A window of {@code grants} badges and one entry per confidence, 400 ms apart, on one camera. */
    static Verdict granted(int grants, double... confidences) {
        List<Entry> in = new ArrayList<>();
        for (int i = 0; i < confidences.length; i++) {
            in.add(new Entry(UUID.randomUUID(), CAMERA, T0.plusSeconds(3).plusMillis(400L * i), confidences[i]));
        }
        return decide(grants, in);
    }

    static Verdict decide(int grants, List<Entry> in) {
        List<DoorEvent> events = new ArrayList<>();
        for (int i = 0; i < grants; i++) {
            events.add(new DoorEvent(UUID.randomUUID(), DoorSignal.GRANT, T0.plusSeconds(i), "a" + i, "A" + i, null));
        }
        return Verdicts.decide(DoorWindows.cut(events, WindowRules.DEFAULTS), in, WindowRules.DEFAULTS)
                .get(0);
    }

    static Incident open(Verdict verdict) {
        return Incident.open(DOOR, verdict, List.of(), Map.of(), LOW, JUDGED);
    }

    @Test
    void anIncidentWhoseUnauthorisedEntriesAreAllLowConfidenceNeedsReview() {
        Incident incident = open(granted(1, 0.9, 0.3, 0.2));
        assertTrue(incident.doubtful());
        assertTrue(incident.needsReview());
        assertEquals(IncidentStatus.OPEN, incident.status(), "still an incident, open");
        assertEquals(2, incident.unauthorised(), "the count is kept as counted");
    }

    @Test
    void oneCertainUnauthorisedEntryMakesItCertain() {
        Incident incident = open(granted(1, 0.9, 0.3, 0.8));
        assertFalse(incident.doubtful());
        assertFalse(incident.needsReview());
    }

    @Test
    void aDoubtfulEntryAmongTheFirstThroughMakesTheTailgatingDoubtfulToo() {
        // Which one of two people on one badge is the tailgater is a convention: if the first is a ghost, the sure
        // second one may be the badge holder.
        assertTrue(granted(1, 0.2, 0.9).doubtful(LOW));
        assertFalse(granted(1, 0.9, 0.9).doubtful(LOW));
    }

    @Test
    void aForcedEntryIsDoubtfulOnlyWhenNobodyCountedWasSure() {
        List<DoorEvent> forced = List.of(
                new DoorEvent(UUID.randomUUID(), DoorSignal.FORCED_OPEN, T0, null, null, null),
                new DoorEvent(UUID.randomUUID(), DoorSignal.CLOSED, T0.plusSeconds(4), null, null, null));
        Verdict doubtful = Verdicts.decide(
                        DoorWindows.cut(forced, WindowRules.DEFAULTS),
                        List.of(new Entry(UUID.randomUUID(), CAMERA, T0.plusSeconds(1), 0.1)),
                        WindowRules.DEFAULTS)
                .get(0);
        Verdict sure = Verdicts.decide(
                        DoorWindows.cut(forced, WindowRules.DEFAULTS),
                        List.of(
                                new Entry(UUID.randomUUID(), CAMERA, T0.plusSeconds(1), 0.1),
                                new Entry(UUID.randomUUID(), CAMERA, T0.plusSeconds(2), 0.7)),
                        WindowRules.DEFAULTS)
                .get(0);
        assertTrue(doubtful.doubtful(LOW));
        assertFalse(sure.doubtful(LOW));
    }

    @Test
    void theThresholdIsWhereDoubtBegins() {
        assertFalse(granted(1, 0.5, 0.5).doubtful(new LowConfidence(0.5)), "at the threshold: trusted");
        assertTrue(granted(1, 0.49, 0.49).doubtful(new LowConfidence(0.5)));
        assertFalse(granted(1, 0.1, 0.1).doubtful(new LowConfidence(0)), "0 trusts every crossing");
    }

    @Test
    void aSecondCameraSureOfTheSamePersonMakesTheEntrySure() {
        Entry unsure = new Entry(UUID.randomUUID(), CAMERA, T0.plusSeconds(3), 0.9);
        Entry follower = new Entry(UUID.randomUUID(), CAMERA, T0.plusSeconds(4), 0.2);
        Entry followerSeenWell =
                new Entry(UUID.randomUUID(), OTHER_CAMERA, T0.plusSeconds(4).plusMillis(300), 0.8);
        assertTrue(decide(1, List.of(unsure, follower)).doubtful(LOW));
        Verdict merged = decide(1, List.of(unsure, follower, followerSeenWell));
        assertEquals(2, merged.entries().size(), "the same person on two cameras counts once");
        assertFalse(merged.doubtful(LOW));
    }

    @Test
    void reJudgedTheFlagFollowsTheCurrentEntries() {
        Incident incident = open(granted(1, 0.9, 0.3));
        assertTrue(incident.needsReview());

        assertTrue(
                incident.revise(granted(1, 0.9, 0.3, 0.95), List.of(), Map.of(), LOW, T0.plusSeconds(20)),
                "a sure crossing arrived late");
        assertFalse(incident.doubtful());
        assertFalse(incident.needsReview());

        assertTrue(
                incident.revise(granted(1, 0.9, 0.3), List.of(), Map.of(), LOW, T0.plusSeconds(30)),
                "the sure crossing is gone again");
        assertTrue(incident.needsReview());
        assertFalse(incident.revise(granted(1, 0.9, 0.3), List.of(), Map.of(), LOW, T0.plusSeconds(40)), "nothing new");
    }

    @Test
    void aReviewDecidesTheDoubtButKeepsWhatItRestedOn() {
        Incident confirmed = open(granted(1, 0.9, 0.3));
        confirmed.confirm("alice", "a second person is on the clip", T0.plusSeconds(60));
        assertTrue(confirmed.doubtful(), "the record of what the review decided on");
        assertFalse(confirmed.needsReview());

        Incident closed = open(granted(1, 0.9, 0.3));
        closed.closeIfUnreviewed(java.time.Duration.ofDays(7), JUDGED.plus(java.time.Duration.ofDays(8)));
        assertTrue(closed.needsReview(), "closed unreviewed: still waits for someone to decide");
    }
}
