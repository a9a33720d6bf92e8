/**
 * Threshold's client of Kisi's REST API (api.kisi.io): the locks of a place, a user's name and e-mail, and the
 * event-webhook integration through which Kisi sends Threshold its door events.
 * <p>
 * {@link dev.threshold.infrastructure.kisi.KisiClient} is a plain, thread-safe class that the application layer
 * builds from the settings (a {@link dev.threshold.infrastructure.kisi.KisiConnection}). It keeps under Kisi's rate
 * limit, retries only what is safe to retry, and reports every failure as a
 * {@link dev.threshold.infrastructure.kisi.KisiApiException} whose message an administrator can act on. It uses
 * only the JDK's HTTP client and JSON-P, so nothing has to be bundled into the EAR.
 */
package dev.threshold.infrastructure.kisi;
