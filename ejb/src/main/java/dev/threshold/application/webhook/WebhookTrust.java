package dev.threshold.application.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How far the webhook trusts what it is sent, from configuration: whether unsigned events are let in at all
 * ({@code threshold.kisi.allow-unsigned}, off: only for a test bench without a key), how old an event may be
 * ({@code threshold.kisi.replay-window-hours}) and how far in the future its clock may run
 * ({@code threshold.kisi.clock-skew-seconds}).
 *
 * <p>The replay window is the time for which the server promises to remember an event's uuid: a redelivery within it
 * is answered as the duplicate it is, and anything older is refused, so that an old event captured on the wire cannot
 * be replayed once its uuid is forgotten. Uuids are kept as long as their {@code access_event} row; a retention of
 * that table (if one is configured) must therefore be longer than this window (docs/kisi.md).
 */
@ApplicationScoped
public class WebhookTrust {

    private static final Logger LOG = Logger.getLogger(WebhookTrust.class.getName());

    @Inject
    @ConfigProperty(name = "threshold.kisi.allow-unsigned", defaultValue = "false")
    boolean allowUnsigned;

    @Inject
    @ConfigProperty(name = "threshold.kisi.replay-window-hours", defaultValue = "24")
    long replayWindowHours;

    @Inject
    @ConfigProperty(name = "threshold.kisi.clock-skew-seconds", defaultValue = "300")
    long clockSkewSeconds;

    void warnAtStart(@Observes Startup started) {
        if (allowUnsigned) {
            LOG.warning("threshold.kisi.allow-unsigned=true: Kisi events without a signature are accepted while no "
                    + "signature key is set. Anyone who can reach /kisi/events can post events; "
                    + "never use this in production.");
        }
        if (replayWindowHours < 1 || clockSkewSeconds < 0) {
            throw new IllegalStateException("threshold.kisi.replay-window-hours must be at least 1 and "
                    + "threshold.kisi.clock-skew-seconds at least 0");
        }
    }

    public boolean allowUnsigned() {
        return allowUnsigned;
    }

    public Duration replayWindow() {
        return Duration.ofHours(replayWindowHours);
    }

    public Duration clockSkew() {
        return Duration.ofSeconds(clockSkewSeconds);
    }

    /** @return why an event created at {@code createdAt} is not taken at {@code now}, or null if it is */
    public String untimely(Instant createdAt, Instant now) {
        return untimely(createdAt, now, replayWindow(), clockSkew());
    }

    static String untimely(Instant createdAt, Instant now, Duration window, Duration skew) {
        if (createdAt.isBefore(now.minus(window))) {
            return "created_at " + createdAt + " is older than the replay window of " + window.toHours()
                    + " h (threshold.kisi.replay-window-hours): an event this old may be a replay and is refused";
        }
        if (createdAt.isAfter(now.plus(skew))) {
            return "created_at " + createdAt + " is more than " + skew.toSeconds() + " s ahead of this server's "
                    + "clock (threshold.kisi.clock-skew-seconds): check both clocks (NTP)";
        }
        return null;
    }
}
