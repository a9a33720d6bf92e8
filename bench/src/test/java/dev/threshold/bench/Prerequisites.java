package dev.threshold.bench;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bench's tests run on ../shared's eval cases; where the folder is missing they skip with a message, and in CI
 * ({@code CI=true}, set by .ci/run) they fail instead, so a test that silently stopped running is noticed.
 */
final class Prerequisites {

    private Prerequisites() {}

    /** ../shared beside the repository root (the folder holding .git), or the test is skipped (failed in CI). */
    static Path shared() {
        Path shared = null;
        for (Path p = Path.of("").toAbsolutePath(); p != null && shared == null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                shared = p.resolveSibling("shared");
                if (!Files.isDirectory(shared)) {
                    shared = null;
                }
                break;
            }
        }
        boolean present = shared != null;
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI must run the accuracy test, but ../shared (eval cases and clips) is absent beside the repository");
        }
        assumeTrue(present, "../shared is absent beside the repository: no eval cases or clips; test skipped");
        return shared;
    }
}
