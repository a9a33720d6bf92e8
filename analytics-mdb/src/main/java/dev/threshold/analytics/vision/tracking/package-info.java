/**
 * Tracking people on the floor, in metres: positions come from the bottom-centre of each detection through the scene's
 * homography, so speeds and distances mean the same on every camera.
 */
package dev.threshold.analytics.vision.tracking;
