package dev.threshold.bench;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the shell scripts that make the bench tests' footage (../shared/eval/variants.sh, bench/made-cases/make) into
 * the build folder. A tool a script needs that is missing skips the test that needs it, and fails it in CI
 * ({@code CI=true}), where .ci/run installs every one.
 */
final class BenchScripts {

    private BenchScripts() {}

    /** Runs the command to its end (at most 20 minutes), its output into {@code log}; fails the test if it fails. */
    static void run(Path log, Map<String, String> environment, String... command) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process p = builder.start();
            if (!p.waitFor(20, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " failed; see " + log.toAbsolutePath());
            }
        } catch (IOException e) {
            fail("cannot run " + String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while running " + String.join(" ", command));
        }
    }

    /** The number of case files in a folder; 0 when there is no such folder. */
    static long caseFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".case.json")).count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Skips the test where the tool is not installed, and fails it in CI, which must run it. */
    static void require(String tool, String what) {
        boolean present;
        try {
            present =
                    new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI must run " + what + ", but " + tool + " is not installed (.ci/run installs it)");
        }
        assumeTrue(present, tool + " is not installed: " + what + " cannot be made; test skipped");
    }
}
