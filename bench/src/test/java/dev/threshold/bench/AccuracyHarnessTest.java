package dev.threshold.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.threshold.analytics.vision.detection.DetectorSettings;
import dev.threshold.analytics.vision.pipeline.DetectorChoice;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dev eval cases through the real pipeline and the bundled model (the server's default detector), at every frame
 * of each clip and as the server analyses a camera (5 fps, frames through JPEG), about a minute on two cores; and
 * their mirrored, dark and compressed variants at 5 fps and at every frame. They all pass, so the test holds them to it; it is skipped
 * only where ../shared is absent beside the repository, or ffmpeg or python3 for the variants (and fails there in CI).
 */
class AccuracyHarnessTest {

    @ParameterizedTest(name = "analysis rate {0} (0 = every frame)")
    @ValueSource(doubles = {0, 5})
    void everyDevCasePasses(double rate) {
        assertAllPass(Prerequisites.shared().resolve("eval/cases"), rate);
    }

    /**
     * Each dev case mirrored, darkened with noise and heavily compressed (../shared/eval/variants.sh, made once into
     * target/eval-variants), at the server's rate: a counter tuned to four clips fails here.
     */
    @org.junit.jupiter.api.Test
    void everyDevVariantPassesAtTheServersRate() {
        assertAllPass(CaseVariants.ofDevCases(Prerequisites.shared()), 5, KNOWN_FAILING_VARIANTS);
    }

    /**
     * The same variants at every frame of each clip, where the detector's boxes differ from those at 5 fps (a person
     * hidden behind a companion comes out in other frames): about two minutes on two cores (docs/benchmarks.md,
     * "Counting that generalises, every frame and any phase").
     */
    @org.junit.jupiter.api.Test
    void everyDevVariantPassesAtEveryFrame() {
        assertAllPass(CaseVariants.ofDevCases(Prerequisites.shared()), 0, KNOWN_FAILING_VARIANTS);
    }

    /**
     * The made cases (bench/made-cases: ../shared's clips played backwards or turned round at a frame, other walks
     * through the same doors) at every frame and at the server's rate: counting judged on footage it was not tuned to.
     */
    @ParameterizedTest(name = "made cases, analysis rate {0} (0 = every frame)")
    @ValueSource(doubles = {0, 5})
    void everyMadeCasePasses(double rate) {
        assertAllPass(MadeCases.cases(Prerequisites.shared()), rate, KNOWN_FAILING_MADE);
    }

    /** The made cases' mirrored, dark and compressed variants at the server's rate. */
    @org.junit.jupiter.api.Test
    void everyMadeVariantPassesAtTheServersRate() {
        assertAllPass(MadeCases.variants(Prerequisites.shared()), 5, KNOWN_FAILING_MADE);
    }

    /**
     * Made cases allowed to fail, each for a cause written down in docs/benchmarks.md; any other failing is a
     * regression. {@code caviar_two_out_and_back} at 5 fps ("Walks that turn round"): one of the two, hidden behind the
     * other outside for longer than a track coasts, comes back as a new track first seen on the threshold, whose side
     * outside never settles, so their way back in is not counted. It runs and is reported all the same.
     */
    private static final java.util.Set<String> KNOWN_FAILING_MADE = java.util.Set.of("caviar_two_out_and_back");

    /**
     * Variants allowed to fail: none since the hidden companions at the door are counted (docs/benchmarks.md, "Hidden
     * companions at the door"). A name listed here runs and is reported without failing the build; any other variant
     * failing is a regression.
     */
    private static final java.util.Set<String> KNOWN_FAILING_VARIANTS = java.util.Set.of();

    private static void assertAllPass(Path cases, double rate) {
        assertAllPass(cases, rate, java.util.Set.of());
    }

    private static void assertAllPass(Path cases, double rate, java.util.Set<String> knownFailing) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        AccuracyHarness.Summary summary;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            summary = new AccuracyHarness(
                            new CaseRunner(
                                    DetectorChoice.bundled(), DetectorSettings.defaults(), rate == 0 ? null : rate),
                            out)
                    .run(cases);
        }
        String report = buffer.toString(StandardCharsets.UTF_8);
        System.out.print(report);
        java.util.Set<String> caseNames;
        try (var files = Files.list(cases)) {
            caseNames = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".case.json"))
                    .map(f -> f.substring(0, f.length() - ".case.json".length()))
                    .collect(java.util.stream.Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(
                caseNames,
                summary.results().stream().map(r -> r.evalCase().name()).collect(java.util.stream.Collectors.toSet()),
                "every case of " + cases + " is run, each once");
        assertEquals(caseNames.size(), summary.results().size());
        String[] lines = report.strip().split("\n");
        assertEquals(summary.passed() + " passed, " + summary.failed() + " failed", lines[lines.length - 1]);
        java.util.List<String> regressions = summary.results().stream()
                .filter(r -> !r.passed())
                .map(r -> r.evalCase().name())
                .filter(name -> !knownFailing.contains(name))
                .toList();
        assertEquals(java.util.List.of(), regressions, report);
    }
}
