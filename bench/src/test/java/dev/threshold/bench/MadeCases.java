package dev.threshold.bench;

import java.nio.file.Path;
import java.util.Map;

/**
 * The cases of bench/made-cases: ../shared's clips played backwards, or up to a frame and back (someone who turns
 * round there), another walk through the same door each, made once per build folder by bench/made-cases/make into
 * {@code target/made-cases} (FFmpeg renders the clips), and their variants into {@code target/made-variants}.
 */
final class MadeCases {

    private static final Path SOURCE = Path.of("made-cases", "cases");
    private static final Path OUT = Path.of("target", "made-cases");

    private MadeCases() {}

    /** The made cases, rendered now unless a complete set is there from an earlier run of this build. */
    static Path cases(Path shared) {
        Path made = OUT.resolve("cases");
        long expected = BenchScripts.caseFiles(SOURCE);
        if (expected == 0) {
            throw new AssertionError("no cases in " + SOURCE.toAbsolutePath());
        }
        if (BenchScripts.caseFiles(made) != expected) {
            BenchScripts.require("ffmpeg", "the made cases");
            BenchScripts.run(
                    OUT.resolveSibling("made-cases.log"),
                    Map.of("THRESHOLD_SHARED", shared.toAbsolutePath().toString()),
                    "bash",
                    Path.of("made-cases", "make").toString(),
                    OUT.toString());
            long count = BenchScripts.caseFiles(made);
            if (count != expected) {
                throw new AssertionError("made-cases/make made " + count + " cases, not " + expected);
            }
        }
        return made;
    }

    /** The made cases' mirrored, dark and compressed variants. */
    static Path variants(Path shared) {
        return CaseVariants.of(shared, cases(shared), Path.of("target", "made-variants"));
    }
}
