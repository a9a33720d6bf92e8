package dev.threshold.infrastructure.batching;

import java.time.Duration;

/**
 * How a {@link GroupCommit} batches.
 *
 * @param maxBatch most items committed in one transaction
 * @param maxWait  longest time the oldest item of a batch waits for company before the batch is committed; counted
 *                 from its arrival, so an item that already waited while the writer was busy is not held any longer.
 *                 Zero commits whatever is queued at once.
 * @param capacity most items waiting; beyond that callers are refused at once instead of queueing without bound
 */
public record GroupCommitSettings(int maxBatch, Duration maxWait, int capacity) {

    public GroupCommitSettings {
        if (maxBatch < 1 || capacity < 1 || maxWait.isNegative()) {
            throw new IllegalArgumentException("group commit needs maxBatch >= 1, capacity >= 1, maxWait >= 0: "
                    + maxBatch + ", " + capacity + ", " + maxWait);
        }
    }
}
