package dev.threshold.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * of each clip and as the server analyses a camera (5 fps, frames through JPEG), about a minute on two cores. They all
 * pass today, so the test holds them to it; it is skipped only where ../shared is absent beside the repository (and
 * fails there in CI).
 */
class AccuracyHarnessTest {

    @ParameterizedTest(name = "analysis rate {0} (0 = every frame)")
    @ValueSource(doubles = {0, 5})
    void everyDevCasePasses(double rate) {
        Path cases = Prerequisites.shared().resolve("eval/cases");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        AccuracyHarness.Summary summary;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            summary = new AccuracyHarness(new CaseRunner(DetectorChoice.bundled(),
                    DetectorSettings.defaults(), rate == 0 ? null : rate), out).run(cases);
        }
        String report = buffer.toString(StandardCharsets.UTF_8);
        System.out.print(report);
        long caseFiles;
        try (var files = Files.list(cases)) {
            caseFiles = files.filter(f -> f.toString().endsWith(".case.json")).count();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(caseFiles, summary.results().size());
        String[] lines = report.strip().split("\n");
        assertEquals(summary.passed() + " passed, " + summary.failed() + " failed", lines[lines.length - 1]);
        assertTrue(report.contains("caviar_two_leave: "), report);
        assertEquals(0, summary.failed(), report);
    }
}
