package dev.threshold.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.threshold.analytics.vision.detection.DetectorSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The dev eval cases through the real pipeline and model (about a minute on two cores). They all pass today, so the
 * test holds them to it; it is skipped only where ../shared is absent beside the repository.
 */
class AccuracyHarnessTest {

    static Optional<Path> shared() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                Path shared = p.resolveSibling("shared");
                return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Test
    void everyDevCasePasses() {
        Path shared = shared().orElse(null);
        assumeTrue(shared != null, "../shared is absent beside the repository: no eval cases, clips or model to run");
        Path cases = shared.resolve("eval/cases");
        Path model = shared.resolve("models/yolox_nano.onnx");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        AccuracyHarness.Summary summary;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            summary = new AccuracyHarness(new CaseRunner(model, DetectorSettings.defaults()), out).run(cases);
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
