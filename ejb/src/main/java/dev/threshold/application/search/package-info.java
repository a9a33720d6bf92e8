/**
 * Searching the labels on the video: which moments of which camera carry a label, for the console's search page
 * and {@code /api/labels}.
 */
package dev.threshold.application.search;
