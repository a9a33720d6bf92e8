/**
 * Camera analysis: what happens to a frame job once it is taken off the frames queue.
 */
package dev.threshold.analytics.application;
