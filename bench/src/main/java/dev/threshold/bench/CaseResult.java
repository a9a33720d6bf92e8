package dev.threshold.bench;

import dev.threshold.analytics.vision.crossing.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What the pipeline made of one case, and whether that passes: every true crossing matched, no false one, and every
 * count the case names equal to the one measured.
 */
public record CaseResult(EvalCase evalCase, List<CrossingMatch.Detected> detected, CrossingMatch match,
                         long peopleSeen, long frames, long framesDetected, double millisPerFrame) {

    public long entries() {
        return detected.stream().filter(d -> d.direction() == Direction.IN).count();
    }

    public long exits() {
        return detected.stream().filter(d -> d.direction() == Direction.OUT).count();
    }

    public boolean passed() {
        EvalCase.Expect e = evalCase.expect();
        return match.missed() == 0 && match.falsePositives() == 0
                && agrees(e.entries(), entries()) && agrees(e.exits(), exits()) && agrees(e.uniquePeople(), peopleSeen);
    }

    private static boolean agrees(OptionalInt expected, long measured) {
        return expected.isEmpty() || expected.getAsInt() == measured;
    }

    public List<String> report() {
        List<String> lines = new ArrayList<>();
        EvalCase c = evalCase;
        lines.add(c.name() + ": " + (passed() ? "PASS" : "FAIL"));
        lines.add(String.format("  crossings: %d matched, %d missed, %d false, %d direction errors (truth %d, tolerance %.1f s)",
                match.matched(), match.missed(), match.falsePositives(), match.directionErrors(), c.crossings().size(),
                c.toleranceSeconds()));
        lines.add("  detected: " + (detected.isEmpty() ? "none" : String.join(", ",
                detected.stream().map(d -> String.format("%s@%.1fs", d.direction().wire(), d.t())).toList())));
        count(lines, "entries", c.expect().entries(), entries());
        count(lines, "exits", c.expect().exits(), exits());
        count(lines, "uniquePeople", c.expect().uniquePeople(), peopleSeen);
        if (c.expect().verdictNamed()) {
            lines.add("  verdict: not checked yet");
        }
        lines.add(String.format("  frames: %d, detector ran on %d, %.1f ms/frame", frames, framesDetected, millisPerFrame));
        return lines;
    }

    private static void count(List<String> lines, String name, OptionalInt expected, long measured) {
        if (expected.isPresent()) {
            lines.add(String.format("  %s: expected %d, measured %d%s", name, expected.getAsInt(), measured,
                    expected.getAsInt() == measured ? "" : "  <-- differs"));
        }
    }
}
