/**
 * The console's audit page.
 */
package dev.threshold.interfaces.audit.console;
