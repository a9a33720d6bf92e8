package dev.threshold.infrastructure.batching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Commits items in groups: callers {@link #submit} one item each and get a future; one writer ({@link #run}, on a
 * thread the owner provides) takes what is waiting, up to {@code maxBatch}, waits at most {@code maxWait} for
 * company, commits the batch in one transaction and only then completes the callers' futures — one durable commit
 * for many items instead of one each. Under load the batch grows by itself: what arrives while the writer commits
 * forms the next batch.
 *
 * <p>When a batch fails, its items are committed one by one, so a bad item fails alone; unless the failure
 * {@code failsEveryone} (the database is unreachable: retrying each is pointless), then every item of the batch gets
 * that failure. The queue is bounded: beyond its capacity callers are refused at once. {@link #stop} refuses what is
 * still waiting and lets the batch being committed finish.
 *
 * @param <T> what callers hand in
 * @param <R> what each caller gets once its item is committed
 */
public final class GroupCommit<T, R> implements Runnable {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());
    /** How often an idle writer looks whether it should stop. */
    private static final long IDLE_POLL_MILLIS = 100;

    private static final long IDLE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(IDLE_POLL_MILLIS);

    private final GroupCommitSettings settings;
    private final BatchCommitter<T, R> committer;
    private final Predicate<Throwable> failsEveryone;
    private final BlockingQueue<Waiting<T, R>> queue;
    private final CountDownLatch writerStopped = new CountDownLatch(1);
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    private volatile boolean writerStarted;
    private volatile boolean stopping;

    /**
     * The writer completes the callers' futures itself, so their continuations run on it: keep them short (a caller
     * that waits for its future is only woken).
     *
     * @param failsEveryone true for a batch failure that every item would meet alone too
     */
    public GroupCommit(
            GroupCommitSettings settings, BatchCommitter<T, R> committer, Predicate<Throwable> failsEveryone) {
        this.settings = settings;
        this.committer = committer;
        this.failsEveryone = failsEveryone;
        this.queue = new ArrayBlockingQueue<>(settings.capacity());
    }

    /**
     * Queues an item for the next batch.
     *
     * @return completes with the item's result once its batch is committed, or exceptionally with the failure that
     *         kept it from being committed ({@link GroupCommitRefusedException} when it was not even tried)
     */
    public CompletableFuture<R> submit(T item) {
        Waiting<T, R> waiting = new Waiting<>(item, new CompletableFuture<>(), System.nanoTime());
        synchronized (queue) { // no item may slip in after stop() refused what was waiting
            if (stopping) {
                return CompletableFuture.failedFuture(stopped());
            }
            if (!queue.offer(waiting)) {
                return CompletableFuture.failedFuture(new GroupCommitRefusedException(
                        GroupCommitRefusedException.Reason.FULL,
                        settings.capacity() + " items are waiting to be committed already; try again shortly"));
            }
        }
        return waiting.result;
    }

    /** The writer: commits batches until {@link #stop}. Run it on exactly one thread. */
    @Override
    public void run() {
        writerStarted = true;
        try {
            while (!stopping) {
                List<Waiting<T, R>> batch = nextBatch();
                if (batch.isEmpty()) {
                    continue;
                }
                if (stopping) {
                    batch.forEach(w -> w.result.completeExceptionally(stopped()));
                } else {
                    commitSafely(batch);
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } finally {
            refuseWaiting();
            writerStopped.countDown();
        }
    }

    /**
     * Takes no more items, refuses those waiting, and waits up to {@code grace} for the batch being committed.
     */
    public void stop(java.time.Duration grace) {
        synchronized (queue) {
            stopping = true;
        }
        if (writerStarted) {
            try {
                if (!writerStopped.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warning("Group commit: the batch being committed did not finish within " + grace);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        refuseWaiting();
    }

    /** Batches committed so far (one transaction each; a batch that fell back to one by one counts once). */
    public long batches() {
        return batches.get();
    }

    /** Items committed so far. */
    public long committed() {
        return committed.get();
    }

    /** Items queued that the writer has not taken into a batch yet (the backlog behind the commit under way). */
    public int waiting() {
        return queue.size();
    }

    private List<Waiting<T, R>> nextBatch() throws InterruptedException {
        Waiting<T, R> first = queue.poll(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (first == null) {
            return List.of();
        }
        int max = settings.maxBatch();
        List<Waiting<T, R>> batch = new ArrayList<>(Math.min(max, 64));
        batch.add(first);
        queue.drainTo(batch, max - batch.size());
        long deadline = first.arrivedNanos + settings.maxWait().toNanos();
        while (batch.size() < max && !stopping) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            Waiting<T, R> next = queue.poll(Math.min(left, IDLE_POLL_NANOS), TimeUnit.NANOSECONDS);
            if (next == null) {
                continue; // (in slices, so that stop() is seen during a long wait)
            }
            batch.add(next);
            queue.drainTo(batch, max - batch.size());
        }
        return batch;
    }

    /** The writer must survive anything, or every later caller would wait forever. */
    private void commitSafely(List<Waiting<T, R>> batch) {
        try {
            commit(batch);
        } catch (Throwable unexpected) { // NOSONAR: keep the writer alive; the callers get the failure
            LOG.log(Level.SEVERE, "Group commit failed unexpectedly", unexpected);
            batch.forEach(w -> w.result.completeExceptionally(unexpected));
        }
    }

    private void commit(List<Waiting<T, R>> batch) {
        List<R> results;
        try {
            results = committer.commitAll(batch.stream().map(w -> w.item).toList());
            if (results.size() != batch.size()) {
                throw new IllegalStateException(results.size() + " results for a batch of " + batch.size());
            }
        } catch (RuntimeException batchFailed) {
            batches.incrementAndGet();
            if (stopping) {
                batch.forEach(w -> complete(w, null, stopped()));
            } else if (failsEveryone.test(batchFailed)) {
                batch.forEach(w -> complete(w, null, batchFailed));
            } else {
                LOG.log(
                        Level.FINE,
                        "Batch of " + batch.size() + " failed; committing its items one by one",
                        batchFailed);
                commitOneByOne(batch);
            }
            return;
        }
        batches.incrementAndGet();
        committed.addAndGet(batch.size());
        completeAll(batch, results);
    }

    private void commitOneByOne(List<Waiting<T, R>> batch) {
        RuntimeException sharedFailure = null;
        for (Waiting<T, R> waiting : batch) {
            if (sharedFailure != null) {
                complete(waiting, null, sharedFailure);
                continue;
            }
            try {
                R result = committer.commitOne(waiting.item);
                committed.incrementAndGet();
                complete(waiting, result, null);
            } catch (RuntimeException failed) {
                if (failsEveryone.test(failed)) {
                    sharedFailure = failed;
                }
                complete(waiting, null, failed);
            }
        }
    }

    private void completeAll(List<Waiting<T, R>> batch, List<R> results) {
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result.complete(results.get(i));
        }
    }

    private void complete(Waiting<T, R> waiting, R result, Throwable failure) {
        if (failure == null) {
            waiting.result.complete(result);
        } else {
            waiting.result.completeExceptionally(failure);
        }
    }

    private void refuseWaiting() {
        List<Waiting<T, R>> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(w -> w.result.completeExceptionally(stopped()));
    }

    private static GroupCommitRefusedException stopped() {
        return new GroupCommitRefusedException(
                GroupCommitRefusedException.Reason.STOPPED,
                "The server is shutting down; nothing was stored. Retry later.");
    }

    private record Waiting<T, R>(T item, CompletableFuture<R> result, long arrivedNanos) {}
}
