package dev.threshold.infrastructure.video;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Gives each frame this server's capture time. The stream's own timestamps are anchored once to the server's clock,
 * so consecutive frames keep the camera's exact spacing (receive times jitter with the network) and a file replayed
 * faster than real time still has frames 40 ms apart at 25 fps. Timestamps that go backwards, repeat or leap (a
 * camera restarting its counter, broken MPEG-1 files) are bridged with one frame interval; a live stream is
 * re-anchored when its times fall more than {@link #MAX_DRIFT} behind the server's clock or run ahead of it at all.
 */
final class StreamClock {

    static final Duration MAX_DRIFT = Duration.ofSeconds(2);
    private static final long MAX_STEP_MICROS = 10_000_000;

    private final Clock clock;
    private final boolean live;
    private long frameIntervalMicros = 40_000;
    private Instant anchorAt;
    private long anchorMicros;
    private long offsetMicros;
    private long lastMicros = Long.MIN_VALUE;

    StreamClock(Clock clock, boolean live) {
        this.clock = clock;
        this.live = live;
    }

    /** Called on every (re)connection: the new stream's counter has nothing to do with the old one's. */
    void restart(double frameRate) {
        anchorAt = null;
        lastMicros = Long.MIN_VALUE;
        offsetMicros = 0;
        if (frameRate > 0 && frameRate < 1000) {
            frameIntervalMicros = Math.round(1e6 / frameRate);
        }
    }

    Instant captureTime(long streamMicros) {
        long t = streamMicros + offsetMicros;
        if (lastMicros != Long.MIN_VALUE && (t <= lastMicros || t - lastMicros > MAX_STEP_MICROS)) {
            offsetMicros = lastMicros + frameIntervalMicros - streamMicros;
            t = lastMicros + frameIntervalMicros;
        }
        lastMicros = t;
        Instant now = clock.instant();
        if (anchorAt == null) {
            anchor(now, t);
        }
        Instant at = anchorAt.plus(Duration.ofNanos((t - anchorMicros) * 1000));
        // A live frame cannot have been captured after it arrived: a stream that starts with a burst (a relay's or
        // camera's buffered GOP) would otherwise run ahead of the clock and claim times that have not happened yet.
        if (live && (at.isAfter(now) || Duration.between(at, now).compareTo(MAX_DRIFT) > 0)) {
            anchor(now, t);
            at = now;
        }
        return at;
    }

    long frameIntervalMicros() {
        return frameIntervalMicros;
    }

    private void anchor(Instant now, long t) {
        anchorAt = now;
        anchorMicros = t;
    }
}
