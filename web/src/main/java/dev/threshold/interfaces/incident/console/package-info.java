/**
 * The console's incident list and incident review pages.
 */
package dev.threshold.interfaces.incident.console;
