package dev.threshold.application.notification;

/** Fired when e-mail deliveries are written; observed after the commit to send them without waiting for the timer. */
public record EmailsQueued(int count) {}
