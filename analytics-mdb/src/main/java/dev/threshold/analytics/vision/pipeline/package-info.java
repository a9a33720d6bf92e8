/**
 * One camera's analysis, frame by frame: motion gate, detector, floor tracker and door-line zone, in that order.
 */
package dev.threshold.analytics.vision.pipeline;
