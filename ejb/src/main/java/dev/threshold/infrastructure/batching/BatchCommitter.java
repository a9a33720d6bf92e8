package dev.threshold.infrastructure.batching;

import java.util.List;

/**
 * Makes items durable for {@link GroupCommit}: a whole batch in one transaction, or one item in a transaction of its
 * own (the fallback when a batch fails, so that one bad item cannot fail the others).
 *
 * @param <T> what callers hand in
 * @param <R> what each caller gets back once its item is committed
 */
public interface BatchCommitter<T, R> {

    /** Commits all items in one transaction, or none of them; one result per item, in order. */
    List<R> commitAll(List<T> batch);

    /** Commits one item in a transaction of its own. */
    R commitOne(T item);
}
