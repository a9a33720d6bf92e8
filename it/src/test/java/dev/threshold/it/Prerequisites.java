package dev.threshold.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The camera, video and RTSP tests need what is outside the repository (ffmpeg, ../shared's clips); where it is missing
 * they skip with a message, and in CI ({@code CI=true}, set by .ci/run, which installs it all) a missing prerequisite
 * fails the build instead, as the browser tests do ({@link Browser}): a test that silently stopped running is noticed.
 */
final class Prerequisites {

    private Prerequisites() {}

    /** Skips the test (fails it in CI) unless {@code present}, saying what is missing. */
    static void require(boolean present, String missing) {
        if (!present && "true".equals(System.getenv("CI"))) {
            fail("CI must run this test, but " + missing);
        }
        assumeTrue(present, missing + ": test skipped");
    }
}
