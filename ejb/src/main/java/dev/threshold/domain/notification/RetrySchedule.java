package dev.threshold.domain.notification;

import java.time.Duration;

/**
 * When a failed e-mail is tried again: the first retry after {@code firstDelay}, each next one after twice as long,
 * never more than {@code maxDelay} apart, and no more than {@code maxAttempts} attempts in all.
 */
public record RetrySchedule(Duration firstDelay, Duration maxDelay, int maxAttempts) {

    public RetrySchedule {
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("retry schedule: need 0 < firstDelay <= maxDelay and maxAttempts >= 1");
        }
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public boolean exhaustedAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
