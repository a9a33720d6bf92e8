/**
 * Backing beans of the PrimeFaces console (pages under /ui/).
 */
package dev.threshold.interfaces.console;
