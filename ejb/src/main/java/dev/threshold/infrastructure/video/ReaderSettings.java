package dev.threshold.infrastructure.video;

import java.time.Duration;
import java.util.Objects;

/**
 * How a reader treats its camera.
 *
 * @param analysisFps  frames per second kept for analysis (5 is enough to follow a walking person through a door)
 * @param timeout      how long a connection attempt or a read may wait for the camera before it counts as lost
 * @param firstBackoff the wait before the first reconnection attempt; doubles after each failure
 * @param maxBackoff   the longest wait between attempts
 * @param realTime     a video file is played at its own pace, as a camera would show it, instead of as fast as it
 *                     decodes (a server "camera" made of footage; offline analysis reads at full speed)
 */
public record ReaderSettings(
        double analysisFps, Duration timeout, Duration firstBackoff, Duration maxBackoff, boolean realTime) {

    public static final ReaderSettings DEFAULTS =
            new ReaderSettings(5, Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(30), false);

    public ReaderSettings(double analysisFps, Duration timeout, Duration firstBackoff, Duration maxBackoff) {
        this(analysisFps, timeout, firstBackoff, maxBackoff, false);
    }

    public ReaderSettings {
        if (!(analysisFps > 0) || analysisFps > 100) {
            throw new IllegalArgumentException(
                    "camera reader: the analysis rate must be between 0 and 100 frames per second, not " + analysisFps);
        }
        requirePositive(timeout, "time-out");
        requirePositive(firstBackoff, "first reconnection wait");
        requirePositive(maxBackoff, "longest reconnection wait");
        if (maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException(
                    "camera reader: the longest reconnection wait is shorter than the first");
        }
    }

    public ReaderSettings withAnalysisFps(double fps) {
        return new ReaderSettings(fps, timeout, firstBackoff, maxBackoff, realTime);
    }

    public ReaderSettings withTimeout(Duration newTimeout) {
        return new ReaderSettings(analysisFps, newTimeout, firstBackoff, maxBackoff, realTime);
    }

    public ReaderSettings withBackoff(Duration first, Duration max) {
        return new ReaderSettings(analysisFps, timeout, first, max, realTime);
    }

    public ReaderSettings withRealTime(boolean newRealTime) {
        return new ReaderSettings(analysisFps, timeout, firstBackoff, maxBackoff, newRealTime);
    }

    private static void requirePositive(Duration d, String what) {
        Objects.requireNonNull(d, "camera reader: the " + what + " is required");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("camera reader: the " + what + " must be positive, not " + d);
        }
    }
}
