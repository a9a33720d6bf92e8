package dev.threshold.infrastructure.messaging;

/** Fired when an outbox message is written; observed after the commit to relay it without waiting for the timer. */
public record MessageWritten(String destination) {}
