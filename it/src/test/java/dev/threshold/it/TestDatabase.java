package dev.threshold.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Direct reads of the test server's database (the H2 server the build starts, or PostgreSQL in the second pass), to
 * check what HTTP answers cannot show: exactly how many rows were written, and that none is half-written.
 */
final class TestDatabase {

    static final DatabaseUnderTest ENGINE = DatabaseUnderTest.current();

    private TestDatabase() {
    }

    static long count(String sql) {
        return count("threshold", sql);
    }

    /** Connects to one database of the tests' database server ("threshold" is the Arquillian server's). */
    static Connection connect(String database) throws SQLException {
        return ENGINE.connect(database);
    }

    static long count(String database, String sql) {
        try (Connection c = connect(database);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database: " + e.getMessage(), e);
        }
    }

    static long accessEvents() {
        return count("SELECT COUNT(*) FROM access_event");
    }

    /** Events stored without their label: a half-written event, which must never exist. */
    static long eventsWithoutLabel() {
        return eventsWithoutLabel("threshold");
    }

    static long eventsWithoutLabel(String database) {
        return count(database, "SELECT COUNT(*) FROM access_event e WHERE NOT EXISTS "
                + "(SELECT 1 FROM label l WHERE l.access_event_id = e.id)");
    }
}
