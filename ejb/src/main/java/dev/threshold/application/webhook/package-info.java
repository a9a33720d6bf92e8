/**
 * The Kisi webhook's use case: check who sent an event (signature, served place, replay window), record it once
 * with the labels it puts on its door's video, by group commit ({@link dev.threshold.application.webhook.WebhookGroupCommit}),
 * and count what the webhook did. The web's resource is {@code interfaces.webhook.rest}.
 */
package dev.threshold.application.webhook;
