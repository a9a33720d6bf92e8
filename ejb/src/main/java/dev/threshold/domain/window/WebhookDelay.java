package dev.threshold.domain.window;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How late Kisi's events reach us: the median of (our receipt time − Kisi's created_at) over recent events. Frames
 * are stamped by this server and events by Kisi's cloud, so the two timelines meet only through this figure.
 * <p>
 * With fewer than {@value #MIN_SAMPLES} deliveries nothing is corrected. A median within the tolerance is delivery
 * delay with agreeing clocks: created_at is then the best estimate of when
 * the door opened and is used as it is. A median beyond it means Kisi's clock (or its delivery) is off: events are
 * moved onto our timeline by the median, and the console shows a warning, since windows may then be misplaced.
 * <p>
 * Events more than {@link #PLAUSIBLE} apart from their receipt are left out: no synchronised clock is that far off,
 * so they are deliveries Kisi retried long after an outage (or replays), and a burst of them must not move every
 * window.
 */
public record WebhookDelay(Duration median, int samples, Duration tolerance) {

    public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(2);
    public static final Duration PLAUSIBLE = Duration.ofMinutes(5);
    /**
     * Fewer deliveries than this say nothing about the clocks: one webhook that arrived late (a retry, a replay of
     * yesterday's events) must not move every door's windows.
     */
    public static final int MIN_SAMPLES = 20;

    public WebhookDelay {
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(tolerance, "tolerance");
    }

    public static WebhookDelay none(Duration tolerance) {
        return new WebhookDelay(Duration.ZERO, 0, tolerance);
    }

    /** From (created_at, received_at) pairs; their order does not matter. */
    public static WebhookDelay measure(List<Instant[]> createdAndReceived, Duration tolerance) {
        List<Long> delays = new ArrayList<>();
        for (Instant[] pair : createdAndReceived) {
            long delay = pair[1].toEpochMilli() - pair[0].toEpochMilli();
            if (Math.abs(delay) <= PLAUSIBLE.toMillis()) {
                delays.add(delay);
            }
        }
        if (delays.isEmpty()) {
            return none(tolerance);
        }
        delays.sort(Long::compare);
        int n = delays.size();
        long median = n % 2 == 1 ? delays.get(n / 2) : (delays.get(n / 2 - 1) + delays.get(n / 2)) / 2;
        return new WebhookDelay(Duration.ofMillis(median), n, tolerance);
    }

    public boolean beyondTolerance() {
        return samples >= MIN_SAMPLES && median.abs().compareTo(tolerance) > 0;
    }

    /** What to add to Kisi's created_at to place an event on this server's (the video's) timeline. */
    public Duration correction() {
        return beyondTolerance() ? median : Duration.ZERO;
    }

    public Instant onTimeline(Instant createdAt) {
        return createdAt.plus(correction());
    }
}
