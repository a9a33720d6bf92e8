package dev.threshold.application.kisi;

/** The Kisi settings were saved (by an admin, or by Create integration). */
public record KisiSettingsSaved(String by) {}
