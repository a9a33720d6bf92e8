/**
 * The console's home page list of the latest door events the webhook recorded.
 */
package dev.threshold.interfaces.webhook.console;
