/**
 * bench/relay-backlog: what it costs the outbox relay to take its next batch when many rows are waiting, with the
 * product's own queries on the server's database, before and after the two-step lock.
 */
package dev.threshold.bench.relay;
