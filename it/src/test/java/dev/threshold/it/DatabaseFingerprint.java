package dev.threshold.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the test server's database holds, per table: the row count and, for tables of up to {@value #HASHED_ROWS}
 * rows, a hash of every row's values, so that an update shows as well as an insert or delete. Every table of the
 * schema (tables added later included), except those the server writes by itself while the tests run: the analysis
 * (frames, tile occupancy, crossings, window verdicts), camera leases' heartbeats, the outbox relay and e-mail retries.
 */
record DatabaseFingerprint(Map<String, String> tables) {

    private static final int HASHED_ROWS = 5_000;
    private static final Set<String> WRITTEN_BY_THE_SERVER_ITSELF = Set.of(
            "analysed_frame",
            "tile_occupancy",
            "door_crossing",
            "door_window_verdict",
            "incident_occurrence",
            "incident_grant",
            "camera_lease",
            "outbox_message",
            "email_delivery",
            "flyway_schema_history");
    /**
     * Tables of which the analysis writes a part by itself: only the part requests write is compared, as a query.
     * A camera an allowed call (or an earlier test) set up goes on counting crossings, each with its label, and judging
     * windows into incidents with "tailgating" labels, while later calls are refused. Of an incident, a request writes
     * only its review; the analysis opens incidents and re-judges their counts (CI saw an incident's counts change
     * while picture requests were refused).
     */
    private static final Map<String, String> PART_WRITTEN_BY_REQUESTS = Map.of(
            "label",
            "SELECT * FROM \"%s\" WHERE door_crossing_id IS NULL AND incident_id IS NULL",
            "incident",
            "SELECT id, status, reviewed_by, review_reason, reviewed_at FROM \"%s\""
                    + " WHERE reviewed_at IS NOT NULL OR status <> 'OPEN'");

    static DatabaseFingerprint take() {
        try (Connection c = TestDatabase.connect("threshold")) {
            Map<String, String> tables = new TreeMap<>();
            for (String table : tables(c)) {
                tables.put(table.toLowerCase(Locale.ROOT), fingerprint(c, table));
            }
            return new DatabaseFingerprint(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the test database: " + e.getMessage(), e);
        }
    }

    /**
     * The fingerprint once two readings in a row agree (at most 20 readings): what an earlier, allowed call set off
     * in the background (an audit record, a camera's start) has landed before a refusal is judged by it.
     */
    static DatabaseFingerprint settled() {
        DatabaseFingerprint last = take();
        for (int i = 0; i < 20; i++) {
            DatabaseFingerprint next = take();
            if (next.equals(last)) {
                return next;
            }
            last = next;
        }
        return last;
    }

    /** The tables whose fingerprint differs from {@code before}'s, in words; empty if none. */
    List<String> changesSince(DatabaseFingerprint before) {
        List<String> changed = new ArrayList<>();
        before.tables.forEach((table, print) -> {
            if (!print.equals(tables.get(table))) {
                changed.add(table + ": " + print + " -> " + tables.get(table));
            }
        });
        tables.keySet().stream().filter(t -> !before.tables.containsKey(t)).forEach(t -> changed.add(t + ": new"));
        return changed;
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet r = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (r.next()) {
                String table = r.getString("TABLE_NAME");
                if (!WRITTEN_BY_THE_SERVER_ITSELF.contains(table.toLowerCase(Locale.ROOT))) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static String fingerprint(Connection c, String table) throws SQLException {
        String part = PART_WRITTEN_BY_REQUESTS
                .getOrDefault(table.toLowerCase(Locale.ROOT), "SELECT * FROM \"%s\"")
                .formatted(table);
        try (Statement s = c.createStatement()) {
            long rows;
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM (" + part + ") compared")) {
                r.next();
                rows = r.getLong(1);
            }
            if (rows > HASHED_ROWS) {
                return rows + " rows";
            }
            List<String> values = new ArrayList<>();
            try (ResultSet r = s.executeQuery(part)) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(r.getString(i)).append('\u0001');
                    }
                    values.add(row.toString());
                }
            }
            values.sort(null); // rows come in no fixed order
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            values.forEach(v -> sha.update(v.getBytes(StandardCharsets.UTF_8)));
            return rows + " rows " + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
