package dev.threshold.infrastructure.video;

import java.time.Duration;

/**
 * Waits between attempts to reach a lost camera: short at first (a camera reboot takes seconds), doubling, capped so
 * that a camera back after an hour is picked up within {@code max}.
 */
final class Backoff {

    private final Duration first;
    private final Duration max;
    private Duration next;

    Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
        this.next = first;
    }

    Duration next() {
        Duration wait = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return wait.compareTo(max) > 0 ? max : wait;
    }

    void reset() {
        next = first;
    }
}
