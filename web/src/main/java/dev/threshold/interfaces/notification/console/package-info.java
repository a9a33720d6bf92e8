/**
 * The console's E-mail page: settings, template and deliveries.
 */
package dev.threshold.interfaces.notification.console;
