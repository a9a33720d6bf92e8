package dev.threshold.application.health;

/** The state of one thing Threshold depends on (database, broker, dead-letters), with a detail an operator can act on. */
public record DependencyCheck(String name, boolean up, String detail) {}
