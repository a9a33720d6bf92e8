package dev.threshold.infrastructure.retention;

import java.time.Duration;
import java.util.List;

/**
 * How one table is pruned: a query that picks a batch of ids of rows past their age (parameters: the cutoff as often
 * as the query names it, then the batch size), and the statements run on those ids in the batch's transaction
 * ({@code %s} stands for the ids' placeholders), the last one the deletion (or, for e-mail bodies, the emptying).
 *
 * @param name       the table, as the log and the figures name it
 * @param age        how long its rows are kept; zero keeps them for ever
 * @param cutoffs    how many times {@code selectIds} takes the cutoff
 */
public record RetentionRule(String name, Duration age, String selectIds, int cutoffs, List<String> onIds) {

    public boolean enabled() {
        return !age.isZero() && !age.isNegative();
    }
}
