package dev.threshold.interfaces.rest;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Failures that a request's own content caused deep inside a service, told apart from the server's own faults so that
 * the caller gets a 400 in words instead of a 500 (issue: an API fuzzer on PostgreSQL found both). Nothing was stored
 * in either case: the service's transaction rolled back with the exception.
 */
final class RefusedInput {

    private RefusedInput() {}

    /**
     * What was wrong with the request, when the failure is one of:
     * <ul>
     *   <li>a JSON document nested deeper than the parser takes (Parsson stops at 1,000 levels, to keep its stack, and
     *       says so with a plain {@code RuntimeException}, not a {@code JsonException}, so the parse sites' own
     *       handling of malformed JSON misses it);
     *   <li>a value the database cannot hold, SQL state class 22 ("data exception"): a NUL character, which
     *       PostgreSQL refuses in text (H2 takes it), or a value too long or out of range for its column.
     * </ul>
     */
    static Optional<String> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass() == RuntimeException.class && thrownByJsonParser(t)) {
                return Optional.of("The JSON document is nested too deeply for the parser (" + t.getMessage()
                        + "); nothing was stored.");
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return Optional.of("A value of the request cannot be stored (a NUL character, or a value too long or "
                        + "out of range for its field); nothing was stored.");
            }
        }
        return Optional.empty();
    }

    private static boolean thrownByJsonParser(Throwable t) {
        StackTraceElement[] at = t.getStackTrace();
        return at.length > 0 && at[0].getClassName().startsWith("org.eclipse.parsson.");
    }
}
