package dev.threshold.application.webhook;

/**
 * Who may have sent a webhook body, as its signature shows: the places whose key signed it, or, unsigned (no key is
 * set anywhere and {@code threshold.kisi.allow-unsigned} is on), every configured place.
 */
public record WebhookOrigin(boolean signed, ServedPlaces candidates) {}
