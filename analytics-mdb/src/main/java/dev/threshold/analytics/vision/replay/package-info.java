/**
 * A whole clip through a camera pipeline at once, off the live path: the accuracy harness's cases and the console's
 * "Test this set-up" replay share it, so both count exactly as the server's analysis does.
 */
package dev.threshold.analytics.vision.replay;
