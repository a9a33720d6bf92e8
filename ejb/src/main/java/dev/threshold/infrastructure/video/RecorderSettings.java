package dev.threshold.infrastructure.video;

import java.time.Duration;
import java.util.Objects;

/**
 * How a camera is recorded.
 *
 * @param segmentLength length of each segment (cut at the first key frame after it, so real lengths vary by a GOP)
 * @param maxAge        segments older than this are deleted
 * @param maxBytes      a camera's segments together never take more than this; the oldest go first
 * @param timeout       how long a connection attempt or a read may wait for the camera
 * @param firstBackoff  the wait before the first reconnection attempt; doubles after each failure
 * @param maxBackoff    the longest wait between attempts
 */
public record RecorderSettings(
        Duration segmentLength,
        Duration maxAge,
        long maxBytes,
        Duration timeout,
        Duration firstBackoff,
        Duration maxBackoff) {

    public static final RecorderSettings DEFAULTS = new RecorderSettings(
            Duration.ofSeconds(10),
            Duration.ofDays(7),
            50L * 1024 * 1024 * 1024,
            Duration.ofSeconds(10),
            Duration.ofSeconds(1),
            Duration.ofSeconds(30));

    public RecorderSettings {
        positive(segmentLength, "segment length");
        positive(maxAge, "retention age");
        positive(timeout, "time-out");
        positive(firstBackoff, "first reconnection wait");
        positive(maxBackoff, "longest reconnection wait");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("recording: the size limit must be positive, not " + maxBytes);
        }
    }

    public RecorderSettings withSegmentLength(Duration length) {
        return new RecorderSettings(length, maxAge, maxBytes, timeout, firstBackoff, maxBackoff);
    }

    public RecorderSettings withRetention(Duration age, long bytes) {
        return new RecorderSettings(segmentLength, age, bytes, timeout, firstBackoff, maxBackoff);
    }

    public RecorderSettings withBackoff(Duration first, Duration max) {
        return new RecorderSettings(segmentLength, maxAge, maxBytes, timeout, first, max);
    }

    private static void positive(Duration d, String what) {
        Objects.requireNonNull(d, "recording: the " + what + " is required");
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("recording: the " + what + " must be positive, not " + d);
        }
    }
}
