package dev.threshold.analytics.vision.crossing;

import java.time.Instant;

/**
 * A person passed the door line, as the vision core sees it (stored as the domain's {@code LineCrossing} entity; the
 * demo's scripted crossings are a third, separate thing).
 *
 * @param trackId    the track that crossed, to join with other events about the same person
 * @param at         capture time of the first frame on the new side
 * @param confidence 0..1: mean detector score over the frames that established both sides
 */
public record LineCrossing(long trackId, Instant at, Direction direction, double confidence) {}
