package dev.threshold.infrastructure.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.testing.Await;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

    private static final Duration BOUND = Duration.ofMillis(200);

    /** The flights' clock: moved by the tests, so that "the bound is spent" does not depend on this machine's load. */
    private final AtomicLong nanos = new AtomicLong();
    /** Threads the flights started. */
    private final AtomicInteger started = new AtomicInteger();

    private final ThreadFactory threads = work -> {
        started.incrementAndGet();
        Thread thread = new Thread(work, "check");
        thread.setDaemon(true);
        return thread;
    };

    /** A check that blocks until let go, as a call on a reconnecting broker connection does; counts its answers. */
    private final CountDownLatch letGo = new CountDownLatch(1);

    private final AtomicInteger answered = new AtomicInteger();

    private final Supplier<String> blocking = () -> {
        try {
            letGo.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        answered.incrementAndGet();
        return "answer " + answered.get();
    };

    @AfterEach
    void letGo() {
        letGo.countDown();
    }

    @Test
    void aCheckThatAnswersInTimeIsAnsweredAndEachCallAsksAfresh() throws InterruptedException {
        AtomicInteger checks = new AtomicInteger();
        SingleFlight<Integer> flight = new SingleFlight<>(checks::incrementAndGet, threads, BOUND, nanos::get);

        assertEquals(Optional.of(1), flight.ask().answer());
        assertEquals(Optional.of(2), flight.ask().answer());
        assertEquals(2, started.get());
    }

    @Test
    void aBlockedCheckIsNotAnsweredWithinTheBoundAndHoldsOneThreadHoweverOftenAsked() throws InterruptedException {
        SingleFlight<String> flight = new SingleFlight<>(blocking, threads, BOUND, nanos::get);

        assertEquals(Optional.empty(), flight.ask().answer(), "no answer within the bound");
        nanos.addAndGet(BOUND.toNanos() + 1);
        for (int i = 0; i < 100; i++) {
            nanos.addAndGet(Duration.ofSeconds(1).toNanos());
            SingleFlight.Outcome<String> outcome = flight.ask(); // the bound is spent: returns at once
            assertEquals(Optional.empty(), outcome.answer());
        }
        assertEquals(1, started.get(), "one thread for the check in flight");
        assertTrue(flight.ask().waited().toSeconds() >= 100, "says how long the check in flight has waited");
    }

    @Test
    void onceTheBlockedCheckHasAnsweredTheNextCallStartsAFreshOne() throws InterruptedException {
        SingleFlight<String> flight = new SingleFlight<>(blocking, threads, BOUND, nanos::get);
        assertEquals(Optional.empty(), flight.ask().answer());

        letGo.countDown();
        Await.until(() -> answered.get() == 1, Duration.ofSeconds(10), "the blocked check answered");
        nanos.addAndGet(Duration.ofSeconds(60).toNanos());

        assertEquals(Optional.of("answer 2"), flight.ask().answer(), "a fresh check, not the stale answer");
        assertEquals(2, started.get());
    }

    @Test
    void aCheckThatThrowsOrGetsNoThreadFailsThatCallOnly() throws InterruptedException {
        SingleFlight<String> throwing = new SingleFlight<>(
                () -> {
                    throw new IllegalArgumentException("boom");
                },
                threads,
                BOUND,
                nanos::get);
        IllegalStateException failed = assertThrows(IllegalStateException.class, throwing::ask);
        assertTrue(failed.getMessage().contains("boom"), failed.getMessage());

        AtomicInteger refusals = new AtomicInteger();
        ThreadFactory refusing = work -> {
            if (refusals.incrementAndGet() == 1) {
                throw new IllegalStateException("the application is being undeployed");
            }
            return threads.newThread(work);
        };
        SingleFlight<String> undeploying = new SingleFlight<>(() -> "up", refusing, BOUND, nanos::get);
        assertThrows(IllegalStateException.class, undeploying::ask);
        assertEquals(Optional.of("up"), undeploying.ask().answer(), "the next call tries again");
    }

    @Test
    void answerOrSaysInWordsWhyThereIsNoAnswer() {
        SingleFlight<String> answering = new SingleFlight<>(() -> "UP", threads, BOUND, nanos::get);
        assertEquals("UP", answering.answerOr(reason -> "DOWN: " + reason));

        SingleFlight<String> blocked = new SingleFlight<>(blocking, threads, Duration.ofSeconds(3), nanos::get);
        blocked.answerOr(reason -> reason); // starts the check
        nanos.addAndGet(Duration.ofSeconds(40).toNanos());
        assertEquals(
                "DOWN: no answer within 3 s (the check has waited 40 s)",
                blocked.answerOr(reason -> "DOWN: " + reason));

        SingleFlight<String> throwing = new SingleFlight<>(
                () -> {
                    throw new IllegalArgumentException("no route to host");
                },
                threads,
                BOUND,
                nanos::get);
        String down = throwing.answerOr(reason -> "DOWN: " + reason);
        assertTrue(down.startsWith("DOWN: the check failed") && down.contains("no route to host"), down);
    }
}
