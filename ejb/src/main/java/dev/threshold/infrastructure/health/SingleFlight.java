package dev.threshold.infrastructure.health;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Runs a check that may block for long on a thread of its own, at most one at a time, and waits for it a bounded
 * time: a caller gets the check's answer, or hears how long the check in flight has been waiting. Callers that come
 * while a check runs share it instead of starting another, so a check stuck for the whole of an outage holds one
 * thread however often it is asked; a caller that comes once the bound is spent does not wait at all. The next
 * caller after the check has answered starts a fresh one.
 *
 * @param <T> the check's answer, never null; the check should answer its own failures (an exception thrown is passed
 *     on)
 */
public final class SingleFlight<T> {

    private final Supplier<T> check;
    private final ThreadFactory threads;
    private final Duration bound;
    private final LongSupplier nanoClock;

    private Flight<T> current; // guarded by this

    private record Flight<T>(CompletableFuture<T> answer, long startedNanos) {}

    /**
     * The outcome of one call: the check's answer, or none yet after {@code waited} (the check in flight goes on).
     */
    public record Outcome<T>(Optional<T> answer, Duration waited) {}

    public SingleFlight(Supplier<T> check, ThreadFactory threads, Duration bound) {
        this(check, threads, bound, System::nanoTime);
    }

    SingleFlight(Supplier<T> check, ThreadFactory threads, Duration bound, LongSupplier nanoClock) {
        this.check = check;
        this.threads = threads;
        this.bound = bound;
        this.nanoClock = nanoClock;
    }

    /**
     * The answer of the check in flight, or of a new one when none is; within what is left of the bound since the
     * check in flight started.
     *
     * @throws IllegalStateException when the check threw, or no thread could be had for it
     */
    public Outcome<T> ask() throws InterruptedException {
        Flight<T> flight = flight();
        long left = bound.toNanos() - (nanoClock.getAsLong() - flight.startedNanos());
        try {
            T answer = flight.answer().get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            return new Outcome<>(Optional.of(answer), waited(flight));
        } catch (TimeoutException stillRunning) {
            // the check in flight goes on; the next caller within the bound shares it, later ones do not wait
        } catch (ExecutionException failed) {
            throw new IllegalStateException("the check failed: " + failed.getCause(), failed.getCause());
        }
        return new Outcome<>(Optional.empty(), waited(flight));
    }

    /**
     * The check's answer within the bound, or what {@code unanswered} makes of the reason there is none, in words an
     * operator can read: no answer in time (and how long the check in flight has waited), the check failed, or the
     * caller was interrupted (its interrupt flag is set again).
     */
    public T answerOr(Function<String, T> unanswered) {
        try {
            Outcome<T> outcome = ask();
            return outcome.answer()
                    .orElseGet(() -> unanswered.apply("no answer within " + bound.toSeconds() + " s (the check has"
                            + " waited " + outcome.waited().toSeconds() + " s)"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unanswered.apply("the check was interrupted");
        } catch (IllegalStateException e) {
            return unanswered.apply(e.getMessage());
        }
    }

    private synchronized Flight<T> flight() {
        if (current == null || current.answer().isDone()) {
            CompletableFuture<T> answer = new CompletableFuture<>();
            current = new Flight<>(answer, nanoClock.getAsLong());
            try {
                threads.newThread(() -> {
                            try {
                                answer.complete(check.get());
                            } catch (RuntimeException | Error e) {
                                answer.completeExceptionally(e);
                            }
                        })
                        .start();
            } catch (RuntimeException noThread) { // e.g. the application is being undeployed
                answer.completeExceptionally(noThread);
            }
        }
        return current;
    }

    private Duration waited(Flight<T> flight) {
        return Duration.ofNanos(nanoClock.getAsLong() - flight.startedNanos());
    }
}
