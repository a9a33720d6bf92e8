/**
 * The Kisi webhook's use case: an event received, verified, stored once with its labels, and reported to SIEMs after
 * the commit. Also home of {@link dev.threshold.application.webhook.LabelWriter}, the one way a label is written
 * (the webhook writes most of them; counting and incidents write theirs through it too).
 */
package dev.threshold.application.webhook;
