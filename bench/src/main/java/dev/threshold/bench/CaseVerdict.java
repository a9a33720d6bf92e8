package dev.threshold.bench;

import dev.threshold.analytics.vision.crossing.Direction;
import dev.threshold.domain.window.DoorEvent;
import dev.threshold.domain.window.DoorSignal;
import dev.threshold.domain.window.DoorWindows;
import dev.threshold.domain.window.Entry;
import dev.threshold.domain.window.Verdict;
import dev.threshold.domain.window.Verdicts;
import dev.threshold.domain.window.WindowRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The verdict the server would reach on a case: its access events replayed through the server's own window and
 * verdict rules ({@code dev.threshold.domain.window}, default timings) against the crossings the pipeline detected,
 * on one camera. Clip time t is the instant EPOCH + t, as the harness stamps frames.
 */
public record CaseVerdict(int windows, int entries, int tailgaters, int forcedEntries) {

    private static final UUID CAMERA = UUID.nameUUIDFromBytes("case camera".getBytes());

    public boolean tailgating() {
        return tailgaters > 0;
    }

    public static CaseVerdict of(EvalCase c, List<CrossingMatch.Detected> detected) {
        List<DoorEvent> events = new ArrayList<>();
        for (EvalCase.Access a : c.access()) {
            DoorSignal.of(a.type(), a.success())
                    .ifPresent(signal ->
                            events.add(new DoorEvent(UUID.randomUUID(), signal, at(a.t()), a.actorId(), null, null)));
        }
        List<Entry> entries = detected.stream()
                .filter(d -> d.direction() == Direction.IN)
                .map(d -> new Entry(UUID.randomUUID(), CAMERA, at(d.t())))
                .toList();
        List<Verdict> verdicts =
                Verdicts.decide(DoorWindows.cut(events, WindowRules.DEFAULTS), entries, WindowRules.DEFAULTS);
        return new CaseVerdict(
                verdicts.size(),
                verdicts.stream().mapToInt(v -> v.entries().size()).sum(),
                verdicts.stream().mapToInt(Verdict::tailgaters).sum(),
                verdicts.stream().mapToInt(Verdict::forcedEntries).sum());
    }

    private static Instant at(double seconds) {
        return Instant.EPOCH.plusNanos(Math.round(seconds * 1e9));
    }
}
