/**
 * The Kisi webhook's REST side (use case {@code webhook}): for now the bench's no-op twin of the webhook; the webhook
 * resource itself joins this package when the interfaces move to use-case packages.
 */
package dev.threshold.interfaces.webhook.rest;
