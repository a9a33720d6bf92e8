package dev.threshold.bench.search;

import dev.threshold.bench.search.Site.Door;
import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.DoorCrossing;
import dev.threshold.domain.label.Label;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes the generated site and history with PostgreSQL's COPY: a million labels in well under a minute, where one
 * INSERT per row through JPA would take many. Only loading goes this way; searching goes through the product's code.
 */
final class CopyWriter {

    private final CopyManager copy;

    CopyWriter(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    void write(Site site, Instant createdAt) throws SQLException, IOException {
        Rows cameras = new Rows();
        for (Camera c : site.cameras) {
            cameras.row(c.id(), c.name(), createdAt);
        }
        copy("camera (id, name, created_at)", cameras);
        Rows doors = new Rows();
        Rows doorCameras = new Rows();
        for (Door d : site.doors) {
            doors.row(d.lockId(), d.name(), createdAt);
            for (Camera c : d.cameras()) {
                doorCameras.row(d.lockId(), c.id());
            }
        }
        copy("door (lock_id, name, updated_at)", doors);
        copy("door_camera (lock_id, camera_id)", doorCameras);
    }

    void write(SiteHistory.Batch batch) throws SQLException, IOException {
        Rows events = new Rows();
        for (AccessEvent e : batch.events()) {
            events.row(
                    e.id(),
                    e.kisiUuid(),
                    e.type(),
                    e.objectType(),
                    e.objectId(),
                    e.objectName(),
                    e.actorType(),
                    e.actorId(),
                    e.actorName(),
                    e.placeId(),
                    e.organizationId(),
                    e.success(),
                    e.errorCode(),
                    e.errorMessage(),
                    e.createdAt(),
                    e.receivedAt(),
                    e.signed());
        }
        copy(
                "access_event (id, kisi_uuid, event_type, object_type, object_id, object_name, actor_type, actor_id,"
                        + " actor_name, place_id, organization_id, success, error_code, error_message, created_at,"
                        + " received_at, signed)",
                events);
        Rows crossings = new Rows();
        for (DoorCrossing c : batch.crossings()) {
            crossings.row(
                    c.id(), c.camera().id(), c.trackId(), c.crossedAt(), c.direction(), c.confidence(), c.frameRef());
        }
        copy("door_crossing (id, camera_id, track_id, crossed_at, direction, confidence, frame_ref)", crossings);
        Rows labels = new Rows();
        for (Label l : batch.labels()) {
            labels.row(
                    l.id(),
                    l.accessEvent() == null ? null : l.accessEvent().id(),
                    l.camera() == null ? null : l.camera().id(),
                    l.doorCrossing() == null ? null : l.doorCrossing().id(),
                    l.name(),
                    l.token(),
                    l.actorToken(),
                    l.doorName(),
                    l.actorName(),
                    l.occurredAt(),
                    l.searchText());
        }
        copy(
                "label (id, access_event_id, camera_id, door_crossing_id, name, token, actor_token, door_name,"
                        + " actor_name, occurred_at, search_text)",
                labels);
    }

    private void copy(String tableAndColumns, Rows rows) throws SQLException, IOException {
        if (!rows.isEmpty()) {
            copy.copyIn("COPY " + tableAndColumns + " FROM STDIN", new StringReader(rows.toString()));
        }
    }

    /** COPY's text format: tab-separated, \N for null, backslash escapes. */
    private static final class Rows {
        private final StringBuilder text = new StringBuilder();

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                Object v = values[i];
                text.append(v == null ? "\\N" : escape(v.toString()));
            }
            text.append('\n');
        }

        boolean isEmpty() {
            return text.isEmpty();
        }

        @Override
        public String toString() {
            return text.toString();
        }

        private static String escape(String value) {
            return value.replace("\\", "\\\\")
                    .replace("\t", "\\t")
                    .replace("\n", "\\n")
                    .replace("\r", "\\r");
        }
    }
}
