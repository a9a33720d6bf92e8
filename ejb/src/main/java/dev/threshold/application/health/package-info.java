/**
 * The node's health as operators read it: whether the database and the broker answer, what waits in the outbox and
 * in dead-letters; for {@code /health}, {@code /api/metrics} and the console's warnings. Read only.
 */
package dev.threshold.application.health;
