package dev.threshold.infrastructure.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.testing.Await;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    /** What the database says when it cannot be reached: every item of a batch would meet it alone too. */
    static final class Unreachable extends RuntimeException {
        Unreachable() {
            super("connection refused");
        }
    }

    /**
     * Commits strings as their upper case; "bad" fails (in a batch and alone), "boom" throws an Error. Can hold the
     * writer inside a commit, as a slow disk would, and can pretend the database is unreachable.
     */
    static final class Committer implements BatchCommitter<String, String> {
        final List<List<String>> transactions = new CopyOnWriteArrayList<>();
        final Semaphore inside = new Semaphore(0);
        volatile CountDownLatch gate = new CountDownLatch(0);
        volatile boolean unreachable;

        @Override
        public List<String> commitAll(List<String> batch) {
            return commit(batch);
        }

        @Override
        public String commitOne(String item) {
            return commit(List.of(item)).get(0);
        }

        private List<String> commit(List<String> items) {
            inside.release();
            try {
                gate.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (unreachable) {
                throw new Unreachable();
            }
            if (items.contains("boom")) {
                throw new AssertionError("boom");
            }
            if (items.contains("bad")) {
                throw new IllegalArgumentException("bad item");
            }
            transactions.add(List.copyOf(items));
            return items.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        }

        /** Holds the next commit until {@link #release}, and returns once the writer is inside it. */
        void holdNextCommit(Runnable trigger) throws InterruptedException {
            gate = new CountDownLatch(1);
            inside.drainPermits();
            trigger.run();
            assertTrue(inside.tryAcquire(5, TimeUnit.SECONDS), "the writer is committing");
        }

        void release() {
            gate.countDown();
        }
    }

    private final Committer committer = new Committer();
    private GroupCommit<String, String> groupCommit;

    private GroupCommit<String, String> start(int maxBatch, Duration maxWait, int capacity) {
        groupCommit = new GroupCommit<>(
                new GroupCommitSettings(maxBatch, maxWait, capacity), committer, e -> e instanceof Unreachable);
        new Thread(groupCommit, "test-writer").start();
        return groupCommit;
    }

    @AfterEach
    void stop() {
        committer.release();
        if (groupCommit != null) {
            groupCommit.stop(Duration.ofSeconds(5));
        }
    }

    /** Waits until the writer has taken every submitted item into its batch. */
    private void awaitTaken() {
        Await.until(() -> groupCommit.waiting() == 0, Duration.ofSeconds(5), "the writer to take the items");
    }

    private static String answer(CompletableFuture<String> result) throws Exception {
        return result.get(5, TimeUnit.SECONDS);
    }

    private static Throwable failure(CompletableFuture<String> result) {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> result.get(5, TimeUnit.SECONDS));
        return failed.getCause();
    }

    @Test
    void aLoneItemIsCommittedAtOnceInATransactionOfItsOwn() throws Exception {
        start(50, Duration.ZERO, 100);
        assertEquals("A", answer(groupCommit.submit("a")));
        assertEquals(List.of(List.of("a")), committer.transactions);
    }

    @Test
    void itemsArrivingWhileTheWriterCommitsShareTheNextTransaction() throws Exception {
        start(50, Duration.ZERO, 100);
        CompletableFuture<String> a = new CompletableFuture<>();
        committer.holdNextCommit(() -> groupCommit.submit("a").thenAccept(a::complete));
        List<CompletableFuture<String>> waiting =
                List.of(groupCommit.submit("b"), groupCommit.submit("c"), groupCommit.submit("d"));
        assertFalse(waiting.get(0).isDone(), "nobody is answered before the commit");
        committer.release();

        assertEquals("A", answer(a));
        assertEquals(
                List.of("B", "C", "D"),
                List.of(answer(waiting.get(0)), answer(waiting.get(1)), answer(waiting.get(2))));
        assertEquals(List.of(List.of("a"), List.of("b", "c", "d")), committer.transactions);
        assertEquals(2, groupCommit.batches());
        assertEquals(4, groupCommit.committed());
    }

    @Test
    void aTransactionHoldsAtMostMaxBatchItems() throws Exception {
        start(2, Duration.ZERO, 100);
        committer.holdNextCommit(() -> groupCommit.submit("a"));
        List<CompletableFuture<String>> waiting = List.of(
                groupCommit.submit("b"), groupCommit.submit("c"), groupCommit.submit("d"), groupCommit.submit("e"));
        committer.release();
        for (CompletableFuture<String> result : waiting) {
            answer(result);
        }
        assertEquals(List.of(List.of("a"), List.of("b", "c"), List.of("d", "e")), committer.transactions);
    }

    @Test
    void aBatchWaitsUpToMaxWaitForCompany() throws Exception {
        start(50, Duration.ofSeconds(5), 100);
        CompletableFuture<String> a = groupCommit.submit("a");
        awaitTaken();
        assertFalse(a.isDone(), "the first item waits for company");
        CompletableFuture<String> b = groupCommit.submit("b");
        awaitTaken();
        assertFalse(a.isDone(), "still within its wait");
        groupCommit.stop(Duration.ofSeconds(1)); // stopping ends the wait: what was taken is refused
        assertInstanceOf(GroupCommitRefusedException.class, failure(a));
        assertInstanceOf(GroupCommitRefusedException.class, failure(b));
        assertEquals(List.of(), committer.transactions, "nothing half-written");
    }

    @Test
    void aBatchFullBeforeMaxWaitIsCommittedAtOnce() throws Exception {
        start(2, Duration.ofSeconds(30), 100);
        CompletableFuture<String> a = groupCommit.submit("a");
        CompletableFuture<String> b = groupCommit.submit("b");
        assertEquals("A", answer(a));
        assertEquals("B", answer(b));
        assertEquals(List.of(List.of("a", "b")), committer.transactions);
    }

    @Test
    void theWaitCountsFromArrivalSoItemsThatWaitedBehindACommitAreNotHeldLonger() throws Exception {
        start(50, Duration.ofMillis(500), 100);
        committer.holdNextCommit(() -> groupCommit.submit("a"));
        CompletableFuture<String> b = groupCommit.submit("b");
        // The commit of "a" takes longer than b's maximum wait: a time limit under test, so time must pass.
        Thread.sleep(800);
        long released = System.nanoTime();
        committer.release();
        assertEquals("B", answer(b));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - released);
        assertTrue(millis < 400, "b is committed right after a, not after another wait: " + millis + " ms");
    }

    @Test
    void aBadItemFailsAloneAndTheOthersOfItsBatchAreCommitted() throws Exception {
        start(50, Duration.ZERO, 100);
        committer.holdNextCommit(() -> groupCommit.submit("a"));
        CompletableFuture<String> b = groupCommit.submit("b");
        CompletableFuture<String> bad = groupCommit.submit("bad");
        CompletableFuture<String> c = groupCommit.submit("c");
        committer.release();

        assertEquals("B", answer(b));
        assertEquals("C", answer(c));
        assertInstanceOf(IllegalArgumentException.class, failure(bad));
        assertEquals(
                List.of(List.of("a"), List.of("b"), List.of("c")),
                committer.transactions,
                "after the batch failed, each item in a transaction of its own");
    }

    @Test
    void anUnreachableDatabaseFailsTheWholeBatchAndServiceReturnsWhenItIsBack() throws Exception {
        start(50, Duration.ZERO, 100);
        CompletableFuture<String> a = new CompletableFuture<>();
        committer.holdNextCommit(() -> groupCommit.submit("a").whenComplete((r, e) -> a.completeExceptionally(e)));
        committer.unreachable = true;
        List<CompletableFuture<String>> batch =
                List.of(groupCommit.submit("b"), groupCommit.submit("c"), groupCommit.submit("d"));
        committer.release();
        assertInstanceOf(Unreachable.class, failure(a));
        for (CompletableFuture<String> result : batch) {
            assertInstanceOf(Unreachable.class, failure(result));
        }
        assertEquals(
                1,
                committer.inside.availablePermits(),
                "after a, one attempt for the batch b, c, d, none for each of them");

        committer.unreachable = false;
        assertEquals("E", answer(groupCommit.submit("e")), "back without a restart");
    }

    @Test
    void aFullQueueRefusesAtOnceInsteadOfGrowing() throws Exception {
        start(50, Duration.ZERO, 2);
        committer.holdNextCommit(() -> groupCommit.submit("a"));
        CompletableFuture<String> b = groupCommit.submit("b");
        CompletableFuture<String> c = groupCommit.submit("c");
        CompletableFuture<String> d = groupCommit.submit("d");

        assertTrue(d.isCompletedExceptionally(), "refused without waiting");
        GroupCommitRefusedException refused = assertInstanceOf(GroupCommitRefusedException.class, failure(d));
        assertEquals(GroupCommitRefusedException.Reason.FULL, refused.reason());
        committer.release();
        assertEquals("B", answer(b));
        assertEquals("C", answer(c));
        assertEquals("E", answer(groupCommit.submit("e")), "room again once the queue drained");
    }

    @Test
    void stoppingLetsTheRunningCommitFinishAndRefusesWhatWaits() throws Exception {
        start(50, Duration.ZERO, 100);
        CompletableFuture<String> a = new CompletableFuture<>();
        committer.holdNextCommit(() -> groupCommit.submit("a").whenComplete((r, e) -> {
            if (e == null) {
                a.complete(r);
            } else {
                a.completeExceptionally(e);
            }
        }));
        CompletableFuture<String> b = groupCommit.submit("b");
        Thread stopper = new Thread(() -> groupCommit.stop(Duration.ofSeconds(5)));
        stopper.start();
        // stop() has refused what waits once it waits for the commit under way (its only timed wait).
        Await.until(
                () -> stopper.getState() == Thread.State.TIMED_WAITING,
                Duration.ofSeconds(5),
                "stop() to wait for the commit under way");
        committer.release();
        stopper.join(5000);

        assertEquals("A", answer(a), "the batch being committed is committed and answered");
        GroupCommitRefusedException refused = assertInstanceOf(GroupCommitRefusedException.class, failure(b));
        assertEquals(GroupCommitRefusedException.Reason.STOPPED, refused.reason());
        assertEquals(
                GroupCommitRefusedException.Reason.STOPPED,
                ((GroupCommitRefusedException) failure(groupCommit.submit("c"))).reason(),
                "nothing taken after");
        assertEquals(List.of(List.of("a")), committer.transactions);
    }

    @Test
    void theWriterSurvivesAnErrorInACommit() throws Exception {
        start(50, Duration.ZERO, 100);
        assertInstanceOf(AssertionError.class, failure(groupCommit.submit("boom")));
        assertEquals("A", answer(groupCommit.submit("a")));
    }
}
