/**
 * The Kisi webhook ({@code POST /kisi/events}): hands the raw body and its signature to
 * {@code application.webhook.KisiWebhookService} and maps the outcome to HTTP, refusing bad input with problem+json;
 * and the bench's no-op twin of the webhook (off unless the bench switches it on).
 */
package dev.threshold.interfaces.webhook.rest;
