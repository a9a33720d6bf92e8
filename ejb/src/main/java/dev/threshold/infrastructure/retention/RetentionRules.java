package dev.threshold.infrastructure.retention;

import java.time.Duration;
import java.util.List;

/**
 * The SQL of each table's pruning, portable between H2 and PostgreSQL. Nothing an incident refers to goes: its
 * occurrences' crossings, its grants' access events, its labels. A label or a crossing that outlives the row it
 * pointed to keeps its own words and loses only the link.
 */
final class RetentionRules {

    private RetentionRules() {}

    static RetentionRule analysedFrames(Duration age) {
        return new RetentionRule(
                "analysed_frame",
                age,
                "SELECT id FROM analysed_frame WHERE captured_at < ? FETCH FIRST ? ROWS ONLY",
                1,
                List.of("DELETE FROM analysed_frame WHERE id IN (%s)"));
    }

    /** A camera's newest row before the cutoff is its state at the cutoff: kept, only the ones it replaced go. */
    static RetentionRule tileOccupancy(Duration age) {
        return new RetentionRule(
                "tile_occupancy",
                age,
                "SELECT t.id FROM tile_occupancy t WHERE t.since < ? AND EXISTS (SELECT 1 FROM tile_occupancy n "
                        + "WHERE n.camera_id = t.camera_id AND n.since > t.since AND n.since <= ?) "
                        + "FETCH FIRST ? ROWS ONLY",
                2,
                List.of("DELETE FROM tile_occupancy WHERE id IN (%s)"));
    }

    static RetentionRule doorCrossings(Duration age) {
        return new RetentionRule(
                "door_crossing",
                age,
                "SELECT c.id FROM door_crossing c WHERE c.crossed_at < ? AND NOT EXISTS (SELECT 1 FROM "
                        + "incident_occurrence o WHERE o.crossing_id = c.id) FETCH FIRST ? ROWS ONLY",
                1,
                List.of(
                        "UPDATE label SET door_crossing_id = NULL WHERE door_crossing_id IN (%s)",
                        "DELETE FROM door_crossing WHERE id IN (%s)"));
    }

    /**
     * Sent, given up or cancelled (held for a review that dismissed its incident): a delivery still due or held keeps
     * its body. The record (who, when, state) stays.
     */
    static RetentionRule emailBodies(Duration age) {
        return new RetentionRule(
                "email_delivery.body",
                age,
                "SELECT id FROM email_delivery WHERE created_at < ? AND state IN ('SENT', 'FAILED', 'CANCELLED')"
                        + " AND body <> '' FETCH FIRST ? ROWS ONLY",
                1,
                List.of("UPDATE email_delivery SET body = '', version = version + 1 WHERE id IN (%s)"));
    }

    static RetentionRule accessEvents(Duration age) {
        return new RetentionRule(
                "access_event",
                age,
                "SELECT e.id FROM access_event e WHERE e.received_at < ? AND NOT EXISTS (SELECT 1 FROM "
                        + "incident_grant g WHERE g.access_event_id = e.id) FETCH FIRST ? ROWS ONLY",
                1,
                List.of(
                        "UPDATE label SET access_event_id = NULL WHERE access_event_id IN (%s)",
                        "DELETE FROM access_event WHERE id IN (%s)"));
    }

    /** Labels of incidents stay with their incident. */
    static RetentionRule labels(Duration age) {
        return new RetentionRule(
                "label",
                age,
                "SELECT id FROM label WHERE occurred_at < ? AND incident_id IS NULL FETCH FIRST ? ROWS ONLY",
                1,
                List.of("DELETE FROM label WHERE id IN (%s)"));
    }
}
