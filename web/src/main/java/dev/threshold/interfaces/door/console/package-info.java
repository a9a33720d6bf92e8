/**
 * The console's Doors and door alert pages.
 */
package dev.threshold.interfaces.door.console;
