package dev.threshold.failure;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The walk along a failure's causes, written once: a failure's meaning (the database is unreachable, a lock wait ran
 * out, a request was refused) is often several wrappers deep. Each failure of the chain is looked at once, so a chain
 * that comes back to itself ends instead of looping: {@link Throwable#getCause()} hides only a failure that is its own
 * cause, not a longer circle ({@code a.initCause(b); b.initCause(a)}), nor an override that returns itself.
 */
public final class Causes {

    private Causes() {}

    /** The first of {@code failure} and its causes, in that order, that passes {@code test}; empty for a null failure. */
    public static Optional<Throwable> first(Throwable failure, Predicate<? super Throwable> test) {
        Set<Throwable> seen = identities();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (test.test(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code failure} or one of its causes passes {@code test}. */
    public static boolean any(Throwable failure, Predicate<? super Throwable> test) {
        return first(failure, test).isPresent();
    }

    /** The last of {@code failure}'s causes, the one at the bottom; {@code failure} itself when it has none. */
    public static Throwable root(Throwable failure) {
        Set<Throwable> seen = identities();
        Throwable root = failure;
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            root = t;
        }
        return root;
    }

    private static Set<Throwable> identities() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
