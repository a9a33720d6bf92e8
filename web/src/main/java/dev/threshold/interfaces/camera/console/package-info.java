/**
 * The console's camera pages: list, settings, live view and the free viewer.
 */
package dev.threshold.interfaces.camera.console;
