package dev.threshold.infrastructure.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.threshold.infrastructure.persistence.SchemaMigrations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each table's pruning SQL on the real schema (H2, migrated by Flyway), batch by batch. */
class RetentionRulesTest {

    static final Instant NOW = Instant.parse("2026-12-06T05:00:00Z");
    static final Instant OLD = NOW.minus(Duration.ofDays(400));
    static final Instant RECENT = NOW.minus(Duration.ofDays(1));

    private JdbcDataSource h2;
    private RetentionBatch batch;
    private final UUID camera = UUID.randomUUID();

    @BeforeEach
    void migrate() throws SQLException {
        h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:retention-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        SchemaMigrations.configure(h2).load().migrate();
        batch = new RetentionBatch();
        batch.dataSource = h2;
        update("INSERT INTO camera (id, name, created_at) VALUES (?, 'cam', ?)", camera, OLD);
    }

    @Test
    void oldAnalysedFramesGoInBatchesRecentOnesStay() throws SQLException {
        for (int i = 0; i < 25; i++) {
            update(
                    "INSERT INTO analysed_frame (id, camera_id, captured_at, frame_ref, analysed_at) "
                            + "VALUES (?, 'c', ?, 'f', ?)",
                    UUID.randomUUID(),
                    OLD.plusSeconds(i),
                    OLD);
        }
        update(
                "INSERT INTO analysed_frame (id, camera_id, captured_at, frame_ref, analysed_at) "
                        + "VALUES (?, 'c', ?, 'f', ?)",
                UUID.randomUUID(),
                RECENT,
                RECENT);
        RetentionRule rule = RetentionRules.analysedFrames(Duration.ofDays(14));
        Instant cutoff = NOW.minus(rule.age());
        assertEquals(10, batch.prune(rule, cutoff, 10));
        assertEquals(10, batch.prune(rule, cutoff, 10));
        assertEquals(5, batch.prune(rule, cutoff, 10));
        assertEquals(0, batch.prune(rule, cutoff, 10));
        assertEquals(1, count("SELECT COUNT(*) FROM analysed_frame"));
    }

    @Test
    void aCamerasStateAtTheCutoffStaysTheRowsItReplacedGo() throws SQLException {
        UUID replaced = UUID.randomUUID();
        UUID state = UUID.randomUUID();
        update(
                "INSERT INTO tile_occupancy (id, camera_id, since, tiles) VALUES (?, ?, ?, '[]')",
                replaced,
                camera,
                OLD);
        update(
                "INSERT INTO tile_occupancy (id, camera_id, since, tiles) VALUES (?, ?, ?, '[]')",
                state,
                camera,
                OLD.plusSeconds(5));
        RetentionRule rule = RetentionRules.tileOccupancy(Duration.ofDays(30));
        assertEquals(1, batch.prune(rule, NOW.minus(rule.age()), 100));
        assertEquals(0, batch.prune(rule, NOW.minus(rule.age()), 100));
        assertEquals(1, count("SELECT COUNT(*) FROM tile_occupancy WHERE id = '" + state + "'"));
    }

    @Test
    void anIncidentsCrossingsStayAnOldCrossingsLabelLosesOnlyItsLink() throws SQLException {
        UUID incident = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID pruned = UUID.randomUUID();
        UUID label = UUID.randomUUID();
        update("INSERT INTO door (lock_id, name, updated_at) VALUES ('9', 'door', ?)", OLD);
        update(
                "INSERT INTO incident (id, lock_id, kind, status, window_start, window_end, grants, entries, "
                        + "unauthorised, kisi_tailgate, created_at, updated_at, version) "
                        + "VALUES (?, '9', 'TAILGATING', 'CLOSED', ?, ?, 1, 2, 1, FALSE, ?, ?, 0)",
                incident,
                OLD,
                OLD,
                OLD,
                OLD);
        for (UUID crossing : new UUID[] {kept, pruned}) {
            update(
                    "INSERT INTO door_crossing (id, camera_id, track_id, crossed_at, direction, confidence) "
                            + "VALUES (?, ?, ?, ?, 'in', 0.9)",
                    crossing,
                    camera,
                    crossing.getLeastSignificantBits(),
                    OLD);
        }
        update(
                "INSERT INTO incident_occurrence (id, incident_id, position, crossing_id, camera_id, occurred_at) "
                        + "VALUES (?, ?, 1, ?, ?, ?)",
                UUID.randomUUID(),
                incident,
                kept,
                camera,
                OLD);
        update(
                "INSERT INTO label (id, name, token, occurred_at, search_text, door_crossing_id) "
                        + "VALUES (?, 'person entered', 'p', ?, 'person entered', ?)",
                label,
                OLD,
                pruned);
        RetentionRule rule = RetentionRules.doorCrossings(Duration.ofDays(90));
        assertEquals(1, batch.prune(rule, NOW.minus(rule.age()), 100));
        assertEquals(0, batch.prune(rule, NOW.minus(rule.age()), 100));
        assertEquals(1, count("SELECT COUNT(*) FROM door_crossing WHERE id = '" + kept + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM label WHERE id = '" + label + "'"));
        assertNull(string("SELECT door_crossing_id FROM label WHERE id = '" + label + "'"));

        RetentionRule events = RetentionRules.accessEvents(Duration.ofDays(90));
        RetentionRule labels = RetentionRules.labels(Duration.ofDays(90));
        assertEquals(0, batch.prune(events, NOW.minus(events.age()), 100));
        assertEquals(1, batch.prune(labels, NOW.minus(labels.age()), 100));
    }

    @Test
    void anOldSentEmailLosesItsBodyADueOneKeepsIt() throws SQLException {
        UUID sent = UUID.randomUUID();
        UUID due = UUID.randomUUID();
        for (Object[] mail : new Object[][] {{sent, "SENT"}, {due, "RETRYING"}}) {
            update(
                    "INSERT INTO email_delivery (id, incident_id, recipient_email, subject, body, state, created_at) "
                            + "VALUES (?, ?, 'a@example.com', 's', '<p>body</p>', ?, ?)",
                    mail[0],
                    UUID.randomUUID(),
                    mail[1],
                    OLD);
        }
        RetentionRule rule = RetentionRules.emailBodies(Duration.ofDays(30));
        assertEquals(1, batch.prune(rule, NOW.minus(rule.age()), 100));
        assertEquals(0, batch.prune(rule, NOW.minus(rule.age()), 100));
        assertEquals("", string("SELECT body FROM email_delivery WHERE id = '" + sent + "'"));
        assertEquals("<p>body</p>", string("SELECT body FROM email_delivery WHERE id = '" + due + "'"));
    }

    private void update(String sql, Object... values) throws SQLException {
        try (Connection c = h2.getConnection();
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i] instanceof Instant t ? Timestamp.from(t) : values[i]);
            }
            statement.executeUpdate();
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = h2.getConnection();
                ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private String string(String sql) throws SQLException {
        try (Connection c = h2.getConnection();
                ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
