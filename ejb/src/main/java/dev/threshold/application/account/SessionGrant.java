package dev.threshold.application.account;

/**
 * What a signed-in request stands on: the account's session fingerprint (changes with its password or role) and
 * whether it must choose a new password before anything else.
 */
public record SessionGrant(String fingerprint, boolean mustChangePassword) {}
