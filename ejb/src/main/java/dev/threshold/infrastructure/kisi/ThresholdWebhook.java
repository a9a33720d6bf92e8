package dev.threshold.infrastructure.kisi;

import java.net.URI;
import java.util.List;

/**
 * How Threshold's event webhook looks in Kisi: its name, its type, where Kisi posts to, and which events it sends.
 */
public final class ThresholdWebhook {

    /** The name Threshold's integration carries in Kisi, and by which a second setup finds it again. */
    public static final String NAME = "Threshold";

    /** Kisi's integration type for "post each event as JSON to a URL". */
    public static final String TYPE = "event_webhook";

    /** Where Threshold receives Kisi's events, below its public base URL (see {@code KisiWebhookResource}). */
    public static final String EVENTS_PATH = "/kisi/events";

    /**
     * The lock events Threshold asks Kisi for: every door state change and access decision that can annotate a door's
     * video. User, group and other administrative events are left out.
     */
    public static final List<String> LOCK_EVENTS = List.of(
            "lock.unlock",
            "lock.opened",
            "lock.closed",
            "lock.locked",
            "lock.forced_open",
            "lock.held_open",
            "lock.tailgate",
            "lock.lock_down",
            "lock.cancel_lockdown",
            "lock.scheduled_unlock_started",
            "lock.scheduled_unlock_ended",
            "lock.first_to_arrive",
            "lock.last_to_leave");

    private ThresholdWebhook() {}

    /**
     * The URL Kisi posts to for a Threshold reachable at {@code publicBaseUrl} (e.g.
     * {@code https://threshold.example.com}, with any context path).
     */
    public static String eventsUrl(String publicBaseUrl) {
        if (publicBaseUrl == null || publicBaseUrl.isBlank()) {
            throw new IllegalArgumentException("Threshold's public base URL is required for the Kisi webhook");
        }
        String base = publicBaseUrl.strip();
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Threshold's public base URL is not a URL: " + base, e);
        }
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException(
                    "Threshold's public base URL must be an http(s) address Kisi can reach, not " + base);
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + EVENTS_PATH;
    }
}
