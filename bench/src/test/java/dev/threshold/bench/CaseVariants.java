package dev.threshold.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * Robustness variants (mirrored, dark and noisy, heavily compressed) of a folder of cases, made once per build folder
 * by ../shared/eval/variants.sh. The script needs ffmpeg and python3: where either is missing the test that needs them
 * skips, and fails in CI ({@code CI=true}), where .ci/run installs both.
 */
final class CaseVariants {

    private CaseVariants() {}

    /** The dev cases' variants, in {@code target/eval-variants}. */
    static Path ofDevCases(Path shared) {
        return of(shared, shared.resolve("eval/cases"), Path.of("target", "eval-variants"));
    }

    /**
     * The variants of the cases in {@code cases}, made into {@code out} now unless a complete set is there from an
     * earlier run of this build.
     */
    static Path of(Path shared, Path cases, Path out) {
        Path made = out.resolve("cases");
        long expected = 3 * BenchScripts.caseFiles(cases);
        if (BenchScripts.caseFiles(made) == expected) {
            return made;
        }
        BenchScripts.require("ffmpeg", "the variants");
        BenchScripts.require("python3", "the variants");
        BenchScripts.run(
                out.resolveSibling(out.getFileName() + ".log"),
                Map.of(),
                "bash",
                shared.resolve("eval/variants.sh").toString(),
                cases.toString(),
                out.toString());
        long count = BenchScripts.caseFiles(made);
        if (count != expected) {
            throw new AssertionError("variants.sh made " + count + " cases, not " + expected);
        }
        return made;
    }
}
