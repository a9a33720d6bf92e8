/**
 * {@code /api/labels}: searching the labels on the video.
 */
package dev.threshold.interfaces.search.rest;
