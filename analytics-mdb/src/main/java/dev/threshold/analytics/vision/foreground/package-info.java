/**
 * Model-free person detection, for installations without a model file: OpenCV background subtraction (MOG2, shadows
 * suppressed) finds what moves; each foreground blob's foot line is placed on the floor through the scene's
 * homography, and the floor area it covers says how many people stand in it — two people walking close together make
 * one blob, which is exactly the tailgating case.
 */
package dev.threshold.analytics.vision.foreground;
