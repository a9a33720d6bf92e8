/**
 * Checks of what Threshold depends on at run time: the database and the message broker.
 */
package dev.threshold.infrastructure.health;
