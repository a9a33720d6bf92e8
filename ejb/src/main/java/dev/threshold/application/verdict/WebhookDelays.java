package dev.threshold.application.verdict;

import dev.threshold.domain.access.AccessEventRepository;
import dev.threshold.domain.window.WebhookDelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The current delay of Kisi's webhooks (median over the last {@value #SAMPLES} events), measured at most every
 * few seconds: every verdict uses it to place events on the video's timeline, the console shows it.
 */
@ApplicationScoped
public class WebhookDelays {

    static final int SAMPLES = 101;
    private static final long REFRESH_MILLIS = 5_000;

    @Inject
    AccessEventRepository events;

    @Inject
    VerdictSettings settings;

    @Inject
    Clock clock;

    private volatile WebhookDelay current;
    private volatile long measuredAt;

    public WebhookDelay current() {
        long now = clock.millis();
        WebhookDelay delay = current;
        if (delay == null || now - measuredAt > REFRESH_MILLIS) {
            delay = WebhookDelay.measure(events.recentDeliveries(SAMPLES), settings.clockTolerance());
            current = delay;
            measuredAt = now;
        }
        return delay;
    }
}
