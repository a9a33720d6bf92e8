package dev.threshold.infrastructure.video;

import java.time.Instant;

/**
 * Keeps frames at the analysis rate by their capture times, whatever the camera's rate: from a 25 fps stream at 5 fps
 * every fifth frame, from 30 fps alternately the 6th and 7th, from a camera that lowers its rate at night every frame.
 * The due time advances by exact intervals so the average rate holds under jitter; after a jump it starts afresh.
 */
final class Decimator {

    private final long intervalMicros;
    private long dueMicros = Long.MIN_VALUE;

    Decimator(double fps) {
        if (!(fps > 0) || fps > 1000) {
            throw new IllegalArgumentException(
                    "analysis rate must be between 0 and 1000 frames per second, not " + fps);
        }
        this.intervalMicros = Math.round(1e6 / fps);
    }

    /** Whether a frame captured at {@code at} would be kept, without deciding anything. */
    boolean wants(Instant at) {
        long t = micros(at);
        return dueMicros == Long.MIN_VALUE || t >= dueMicros || t < dueMicros - 2 * intervalMicros;
    }

    /** Decides for the frame captured at {@code at}. */
    boolean keep(Instant at) {
        long t = micros(at);
        if (dueMicros == Long.MIN_VALUE || t < dueMicros - 2 * intervalMicros || t >= dueMicros + intervalMicros) {
            dueMicros = t + intervalMicros;
            return true;
        }
        if (t >= dueMicros) {
            dueMicros += intervalMicros;
            return true;
        }
        return false;
    }

    void restart() {
        dueMicros = Long.MIN_VALUE;
    }

    private static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
    }
}
