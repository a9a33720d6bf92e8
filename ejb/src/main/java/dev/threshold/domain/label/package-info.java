/**
 * Labels: the searchable words on the video, put there by Kisi's access events (which label each event type gets),
 * by counted crossings and by incidents; how a query matches labels; and the batch store of events with their labels
 * (here, so that labels know access events and not the other way round).
 */
package dev.threshold.domain.label;
