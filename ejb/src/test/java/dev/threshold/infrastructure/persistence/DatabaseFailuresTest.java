package dev.threshold.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** An unreachable database is told from other SQL errors however deep JPA and JTA wrapped it. */
class DatabaseFailuresTest {

    @Test
    void anUnreachableDatabaseIsFoundUnderItsWrappers() {
        assertTrue(DatabaseFailures.unavailable(
                new PersistenceException(new RuntimeException(new SQLException("Connection refused", "08001")))));
        assertTrue(DatabaseFailures.unavailable(
                new PersistenceException(new SQLTransientConnectionException("no connection from the pool"))));
    }

    @Test
    void otherSqlErrorsAreNot() {
        assertFalse(DatabaseFailures.unavailable(
                new PersistenceException(new SQLException("value too long for column", "22001"))));
        assertFalse(DatabaseFailures.unavailable(new SQLException("no state")));
        assertFalse(DatabaseFailures.unavailable(new IllegalStateException("a bug")));
    }
}
