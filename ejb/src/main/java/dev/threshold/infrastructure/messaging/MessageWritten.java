package dev.threshold.infrastructure.messaging;

/**
 * Fired when an outbox message is written; observed after the commit to relay it without waiting for the timer.
 *
 * @param documents true for the outbox's CloudEvent documents ({@link Outbox}), false for the lean rows of access
 *     events' reports ({@link AccessEventReports}): a relay run after a webhook batch need not look for documents
 */
public record MessageWritten(String destination, boolean documents) {}
