package dev.threshold.bench;

import dev.threshold.analytics.vision.crossing.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What the pipeline made of one case, and whether that passes: every true crossing matched, no false one, and every
 * count the case names equal to the one measured. Each missed crossing carries the stage that lost it.
 */
public record CaseResult(
        EvalCase evalCase,
        List<CrossingMatch.Detected> detected,
        CrossingMatch match,
        CrossingMatch.Pairing pairing,
        List<LossAnalysis.Loss> losses,
        long peopleSeen,
        long frames,
        long framesDetected,
        long fixturesDropped,
        double millisPerFrame) {

    public long entries() {
        return detected.stream().filter(d -> d.direction() == Direction.IN).count();
    }

    public long exits() {
        return detected.stream().filter(d -> d.direction() == Direction.OUT).count();
    }

    /** The verdict the server would reach, replaying the case's access events against the detected crossings. */
    public CaseVerdict verdict() {
        return CaseVerdict.of(evalCase, detected);
    }

    public boolean passed() {
        EvalCase.Expect e = evalCase.expect();
        CaseVerdict v = verdict();
        return match.missed() == 0
                && match.falsePositives() == 0
                && agrees(e.entries(), entries())
                && agrees(e.exits(), exits())
                && agrees(e.uniquePeople(), peopleSeen)
                && e.tailgating().map(t -> t == v.tailgating()).orElse(true)
                && agrees(e.tailgaters(), v.tailgaters())
                && agrees(e.forcedEntries(), v.forcedEntries());
    }

    private static boolean agrees(OptionalInt expected, long measured) {
        return expected.isEmpty() || expected.getAsInt() == measured;
    }

    public List<String> report() {
        List<String> lines = new ArrayList<>();
        EvalCase c = evalCase;
        lines.add(c.name() + ": " + (passed() ? "PASS" : "FAIL"));
        lines.add(String.format(
                "  crossings: %d matched, %d missed, %d false, %d direction errors (truth %d, tolerance %.1f s)",
                match.matched(),
                match.missed(),
                match.falsePositives(),
                match.directionErrors(),
                c.crossings().size(),
                c.toleranceSeconds()));
        lines.add("  detected: "
                + (detected.isEmpty()
                        ? "none"
                        : String.join(
                                ", ",
                                detected.stream()
                                        .map(d -> String.format(
                                                "%s@%.1fs", d.direction().wire(), d.t()))
                                        .toList())));
        for (LossAnalysis.Loss l : losses) {
            lines.add(String.format(
                    "  missed %s@%.1fs: lost at %s (%s)",
                    l.truth().direction().wire(), l.truth().t(), l.stage().label(), l.why()));
        }
        for (int j = 0; j < detected.size(); j++) {
            if (!pairing.detectionMatched(j)) {
                CrossingMatch.Detected d = detected.get(j);
                lines.add(String.format(
                        "  false %s@%.1fs by track %d", d.direction().wire(), d.t(), d.trackId()));
            }
        }
        count(lines, "entries", c.expect().entries(), entries());
        count(lines, "exits", c.expect().exits(), exits());
        count(lines, "uniquePeople", c.expect().uniquePeople(), peopleSeen);
        if (c.expect().verdictNamed()) {
            CaseVerdict v = verdict();
            c.expect()
                    .tailgating()
                    .ifPresent(t -> lines.add(String.format(
                            "  tailgating: expected %s, verdict %s%s",
                            t, v.tailgating(), t == v.tailgating() ? "" : "  <-- differs")));
            count(lines, "tailgaters", c.expect().tailgaters(), v.tailgaters());
            count(lines, "forcedEntries", c.expect().forcedEntries(), v.forcedEntries());
            lines.add(String.format(
                    "  verdict: %d window(s), %d entries in them, %d tailgater(s), %d forced entr%s"
                            + " (%d access event(s) replayed)",
                    v.windows(),
                    v.entries(),
                    v.tailgaters(),
                    v.forcedEntries(),
                    v.forcedEntries() == 1 ? "y" : "ies",
                    c.access().size()));
        }
        lines.add(String.format(
                "  frames: %d, detector ran on %d, boxes dropped as fixtures %d, %.1f ms/frame",
                frames, framesDetected, fixturesDropped, millisPerFrame));
        return lines;
    }

    private static void count(List<String> lines, String name, OptionalInt expected, long measured) {
        if (expected.isPresent()) {
            lines.add(String.format(
                    "  %s: expected %d, measured %d%s",
                    name, expected.getAsInt(), measured, expected.getAsInt() == measured ? "" : "  <-- differs"));
        }
    }
}
