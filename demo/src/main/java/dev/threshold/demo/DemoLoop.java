package dev.threshold.demo;

import java.time.Instant;

/**
 * Where the demo loop is at a given moment: the wall clock modulo the loop's length. The demo camera and the Kisi
 * stand-in both read it from the clock, so a badge is posted just before its person walks through the door on the
 * camera without the two ever talking to each other, and a restart of either keeps them in step.
 */
public final class DemoLoop {

    private final long loopMillis;

    public DemoLoop(double loopSeconds) {
        if (!(loopSeconds >= 1)) {
            throw new IllegalArgumentException("the demo loop must last at least a second, not " + loopSeconds);
        }
        this.loopMillis = Math.round(loopSeconds * 1000);
    }

    /** Seconds since the current round of the loop began. */
    public double secondsAt(Instant t) {
        return Math.floorMod(t.toEpochMilli(), loopMillis) / 1000.0;
    }

    /** The first instant after {@code now} at which the loop is at {@code loopSeconds}. */
    public Instant nextAt(Instant now, double loopSeconds) {
        long roundStart = now.toEpochMilli() - Math.floorMod(now.toEpochMilli(), loopMillis);
        long at = roundStart + Math.round(loopSeconds * 1000);
        while (at <= now.toEpochMilli()) {
            at += loopMillis;
        }
        return Instant.ofEpochMilli(at);
    }

    public long loopMillis() {
        return loopMillis;
    }
}
