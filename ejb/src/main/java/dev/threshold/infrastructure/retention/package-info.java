/**
 * Database retention: rows that lose their use with age (analysed frames, tile occupancy, door crossings, e-mail
 * bodies, and where configured access events and labels) are pruned on a schedule, in bounded batches, never what an
 * incident refers to.
 */
package dev.threshold.infrastructure.retention;
