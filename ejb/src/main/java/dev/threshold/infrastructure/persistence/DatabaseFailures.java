package dev.threshold.infrastructure.persistence;

import dev.threshold.failure.Causes;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a database that cannot be reached from a fault of ours, in whatever exceptions JPA and JTA wrap it. */
public final class DatabaseFailures {

    private DatabaseFailures() {}

    /**
     * True when the database cannot be reached (no connection from the pool, a broken connection): worth a retry
     * later, by anyone. Any other SQL error is a fault of ours or of one request's data.
     */
    public static boolean unavailable(Throwable e) {
        return Causes.any(
                e,
                t -> t instanceof SQLTransientConnectionException
                        || t instanceof SQLNonTransientConnectionException
                        || t.getClass().getName().startsWith("jakarta.resource.")
                        || (t instanceof SQLException sql
                                && sql.getSQLState() != null
                                && sql.getSQLState().startsWith("08")));
    }
}
