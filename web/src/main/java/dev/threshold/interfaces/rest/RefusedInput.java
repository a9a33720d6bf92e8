package dev.threshold.interfaces.rest;

import dev.threshold.failure.Causes;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Failures that a request's own content caused deep inside a service, told apart from the server's own faults so that
 * the caller gets a 400 in words instead of a 500 (issue: an API fuzzer on PostgreSQL found it). Nothing was stored:
 * the service's transaction rolled back with the exception. JSON nested past the parser's limit is not among them: the
 * parse sites refuse it as malformed JSON, each in its own words (dev.threshold.json.JsonApi).
 */
final class RefusedInput {

    private RefusedInput() {}

    /**
     * What was wrong with the request, when the failure is a value the database cannot hold, SQL state class 22 ("data
     * exception"): a NUL character, which PostgreSQL refuses in text (H2 takes it), or a value too long or out of
     * range for its column.
     */
    static Optional<String> in(Throwable failure) {
        return Causes.first(
                        failure,
                        t -> t instanceof SQLException sql
                                && sql.getSQLState() != null
                                && sql.getSQLState().startsWith("22"))
                .map(sql -> "A value of the request cannot be stored (a NUL character, or a value too long or "
                        + "out of range for its field); nothing was stored.");
    }
}
