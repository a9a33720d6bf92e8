package dev.threshold.analytics.vision;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/**
 * Tests that need something outside the repository (../shared's clips) skip with a message where it is missing; in CI
 * ({@code CI=true}, set by .ci/run) a missing prerequisite fails the build instead, so a test that silently stopped
 * running is noticed.
 */
public final class Prerequisites {

    private Prerequisites() {}

    /** Skips the test (fails it in CI) unless {@code present}, saying what is missing and how to get it. */
    public static void require(boolean present, String missing) {
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI must run this test, but " + missing);
        }
        assumeTrue(present, missing + ": test skipped");
    }

    /** ../shared beside the repository, or the test is skipped (failed in CI). */
    public static Path shared() {
        Path shared = TestScenes.shared().orElse(null);
        require(shared != null, "../shared (eval clips and scenes) is absent beside the repository");
        return shared;
    }
}
