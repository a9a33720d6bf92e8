/**
 * The Kisi webhook's use case: an event received ({@link dev.threshold.application.webhook.KisiWebhookService#receive}:
 * who sent it — signature, served place, replay window — and what it says, in one call), stored once with the labels
 * it puts on its door's video by group commit ({@link dev.threshold.application.webhook.WebhookGroupCommit}), reported
 * to SIEMs after the commit, and counted. Also home of {@link dev.threshold.application.webhook.LabelWriter}, the one
 * way a label is written (counting and incidents write theirs through it too). The web's resource is
 * {@code interfaces.webhook.rest}.
 */
package dev.threshold.application.webhook;
