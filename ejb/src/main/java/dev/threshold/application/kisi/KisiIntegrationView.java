package dev.threshold.application.kisi;

/**
 * Threshold's webhook integration in Kisi after "Create integration", and whether it was made or an existing one
 * updated (found by name or by URL, now with this server's URL, a new key and the lock events).
 */
public record KisiIntegrationView(String integrationId, boolean created) {

    /** {@code created} or {@code updated}, as the API answers it. */
    public String outcome() {
        return created ? "created" : "updated";
    }
}
