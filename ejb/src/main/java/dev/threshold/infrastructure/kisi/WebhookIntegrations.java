package dev.threshold.infrastructure.kisi;

import static dev.threshold.json.JsonApi.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Threshold's event webhook in the terms of Kisi's integrations API: the body that creates or points an integration
 * at this server, an integration read back, and which of the existing integrations is Threshold's.
 */
final class WebhookIntegrations {

    private WebhookIntegrations() {}

    /** The body of {@code POST /integrations}: Threshold's webhook with its type. */
    static String createBody(String publicBaseUrl, String signatureKey, List<String> enabledEvents) {
        return wrap(fields(publicBaseUrl, signatureKey, enabledEvents).add("type", ThresholdWebhook.TYPE));
    }

    /** The body that points an existing integration at Threshold; the type is left out (an integration keeps it). */
    static String updateBody(String publicBaseUrl, String signatureKey, List<String> enabledEvents) {
        return wrap(fields(publicBaseUrl, signatureKey, enabledEvents));
    }

    /** One integration of Kisi's list. */
    static KisiIntegration parse(JsonObject integration, String subject) {
        return new KisiIntegration(
                KisiJson.id(integration, "id", subject),
                KisiJson.text(integration, "name"),
                KisiJson.text(integration, "type"),
                KisiJson.text(integration, "url"),
                KisiJson.flag(integration, "enabled", false),
                KisiJson.strings(integration, "enabled_events"));
    }

    /**
     * Threshold's integration among them: the one that already posts to this URL and is named Threshold first, then
     * by URL, then by name.
     */
    static Optional<KisiIntegration> thresholds(List<KisiIntegration> integrations, String url) {
        return integrations.stream()
                .filter(integration -> sameUrl(integration, url) || isThresholdsWebhook(integration))
                .min(Comparator.comparing((KisiIntegration integration) -> !sameUrl(integration, url))
                        .thenComparing(integration -> !isThresholdsWebhook(integration)));
    }

    static void requireSignatureKey(String signatureKey) {
        if (signatureKey == null || signatureKey.isBlank()) {
            // Without a key Kisi sends unsigned events, which Threshold cannot tell from forged ones.
            throw new IllegalArgumentException("A signature key is required for Threshold's Kisi webhook");
        }
    }

    private static JsonObjectBuilder fields(String publicBaseUrl, String signatureKey, List<String> enabledEvents) {
        String url = ThresholdWebhook.eventsUrl(publicBaseUrl);
        requireSignatureKey(signatureKey);
        Objects.requireNonNull(enabledEvents, "enabled events");
        JsonArrayBuilder events = JSON.createArrayBuilder();
        enabledEvents.forEach(events::add);
        return JSON.createObjectBuilder()
                .add("name", ThresholdWebhook.NAME)
                .add("enabled", true)
                .add("url", url)
                .add("enabled_events", events)
                .add("signature_key", signatureKey);
    }

    /** Kisi expects a resource's fields wrapped in its name: {"integration": {...}}. */
    private static String wrap(JsonObjectBuilder integration) {
        return JSON.createObjectBuilder()
                .add("integration", integration)
                .build()
                .toString();
    }

    private static boolean isThresholdsWebhook(KisiIntegration integration) {
        return ThresholdWebhook.NAME.equals(integration.name()) && ThresholdWebhook.TYPE.equals(integration.type());
    }

    private static boolean sameUrl(KisiIntegration integration, String url) {
        return !integration.url().isEmpty() && stripSlashes(integration.url()).equalsIgnoreCase(stripSlashes(url));
    }

    private static String stripSlashes(String url) {
        String stripped = url.strip();
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }
}
