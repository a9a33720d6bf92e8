package dev.threshold.application.notification;

/** A template's e-mail for the sample incident, as the settings page and {@code …/preview} show it: nothing sent. */
public record EmailPreview(String subject, String body) {}
