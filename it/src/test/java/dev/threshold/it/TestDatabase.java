package dev.threshold.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Direct reads of the test server's database (the H2 server the build starts, or PostgreSQL in the second pass), to
 * check what HTTP answers cannot show: exactly how many rows were written, and that none is half-written.
 */
final class TestDatabase {

    static final DatabaseUnderTest ENGINE = DatabaseUnderTest.current();

    private TestDatabase() {}

    static long count(String sql) {
        return count("threshold", sql);
    }

    /** Connects to one database of the tests' database server ("threshold" is the Arquillian server's). */
    static Connection connect(String database) throws SQLException {
        return ENGINE.connect(database);
    }

    /** People walking in on a camera, as its analysis stores them: one track each, at the given times. */
    static void storeEntries(String cameraId, Instant... crossedAt) throws SQLException {
        try (Connection c = connect("threshold");
                PreparedStatement insert = c.prepareStatement("INSERT INTO door_crossing (id, camera_id, track_id, "
                        + "crossed_at, direction, confidence) VALUES (?, ?, ?, ?, 'in', 0.9)")) {
            for (int track = 1; track <= crossedAt.length; track++) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.fromString(cameraId));
                insert.setLong(3, track);
                insert.setTimestamp(4, Timestamp.from(crossedAt[track - 1]));
                insert.executeUpdate();
            }
        }
    }

    static long count(String database, String sql) {
        return query(database, sql, r -> {
            r.next();
            return r.getLong(1);
        });
    }

    /** The first column of every row the query returns, as text. */
    static java.util.List<String> strings(String sql) {
        return query("threshold", sql, r -> {
            java.util.List<String> values = new java.util.ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        });
    }

    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T query(String database, String sql, Rows<T> rows) {
        try (Connection c = connect(database);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            return rows.read(r);
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
        return count(
                database,
                "SELECT COUNT(*) FROM access_event e WHERE NOT EXISTS "
                        + "(SELECT 1 FROM label l WHERE l.access_event_id = e.id)");
    }
}
