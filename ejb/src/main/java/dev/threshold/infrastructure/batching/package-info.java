/**
 * Group commit: many callers hand in one item each, a single writer commits them in batches (one transaction per
 * batch instead of one per item) and answers every caller once its batch is durable. Plain Java, free of Jakarta EE,
 * so its rules are tested with plain JUnit; the application gives it a managed thread and the transactions.
 */
package dev.threshold.infrastructure.batching;
