package dev.threshold.bench;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The dev cases' robustness variants (mirrored, dark and noisy, heavily compressed), made once per build folder by
 * ../shared/eval/variants.sh into {@code target/eval-variants}. The script needs ffmpeg and python3: where either is
 * missing the test that needs them skips, and fails in CI ({@code CI=true}), where .ci/run installs both.
 */
final class DevVariants {

    private static final Path OUT = Path.of("target", "eval-variants");

    private DevVariants() {}

    /** The folder of variant cases, made now unless a complete one is there from an earlier run of this build. */
    static Path cases(Path shared) {
        Path cases = shared.resolve("eval/cases");
        Path made = OUT.resolve("cases");
        long expected = 3 * count(cases);
        if (Files.isDirectory(made) && count(made) == expected) {
            return made;
        }
        require("ffmpeg");
        require("python3");
        try {
            Process p = new ProcessBuilder(
                            "bash", shared.resolve("eval/variants.sh").toString(), cases.toString(), OUT.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(OUT.resolveSibling("eval-variants.log").toFile())
                    .start();
            if (!p.waitFor(20, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                fail("variants.sh failed; see "
                        + OUT.resolveSibling("eval-variants.log").toAbsolutePath());
            }
        } catch (IOException e) {
            fail("cannot run variants.sh: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted while making the variants");
        }
        if (count(made) != expected) {
            fail("variants.sh made " + count(made) + " cases, not " + expected);
        }
        return made;
    }

    private static long count(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".case.json")).count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void require(String tool) {
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
            fail("CI must run the dev variants, but " + tool + " is not installed (.ci/run installs it)");
        }
        assumeTrue(present, tool + " is not installed: the dev variants cannot be made; test skipped");
    }
}
