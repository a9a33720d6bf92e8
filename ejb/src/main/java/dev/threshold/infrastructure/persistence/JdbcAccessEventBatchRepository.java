package dev.threshold.infrastructure.persistence;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.label.AccessEventBatchRepository;
import dev.threshold.domain.label.Label;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The webhook's events and their labels in plain JDBC batches: the rows the entities {@link AccessEvent} and
 * {@link Label} map, without Hibernate's per-entity work (the flush of a group commit's entities was a sixth of the
 * server's time under load). In a transaction the datasource hands out the connection Hibernate uses (a local-tx
 * datasource is tracked by transaction), so these rows commit or roll back with everything else.
 */
@ApplicationScoped
public class JdbcAccessEventBatchRepository implements AccessEventBatchRepository {

    /**
     * The look-up's statement shapes: a batch's uuids are padded to the next of these sizes (repeating the last
     * one), so that the database parses a handful of statements once instead of one per batch size.
     */
    static final int[] LOOK_UP_SIZES = {1, 4, 16, 64};

    private static final String INSERT_EVENT = "insert into access_event (id, kisi_uuid, event_type, object_type, "
            + "object_id, object_name, actor_type, actor_id, actor_name, actor_email, place_id, organization_id, "
            + "success, error_code, error_message, created_at, received_at, signed) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_LABEL = "insert into label (id, access_event_id, camera_id, name, token, "
            + "actor_token, door_name, actor_name, occurred_at, search_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Resource(lookup = "java:jboss/datasources/ThresholdDS")
    DataSource dataSource;

    public JdbcAccessEventBatchRepository() {}

    /** For tests: on a datasource of their own. */
    JdbcAccessEventBatchRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Set<String> storedKisiUuids(Collection<String> kisiUuids) {
        List<String> all = new ArrayList<>(new HashSet<>(kisiUuids));
        Set<String> stored = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            int largest = LOOK_UP_SIZES[LOOK_UP_SIZES.length - 1];
            for (int from = 0; from < all.size(); from += largest) {
                List<String> chunk = all.subList(from, Math.min(all.size(), from + largest));
                int size = lookUpSize(chunk.size());
                try (PreparedStatement select = connection.prepareStatement(
                        "select kisi_uuid from access_event where kisi_uuid in (" + placeholders(size) + ")")) {
                    for (int i = 0; i < size; i++) {
                        select.setString(i + 1, chunk.get(Math.min(i, chunk.size() - 1)));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            stored.add(rows.getString(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not look up stored Kisi events", e);
        }
        return stored;
    }

    @Override
    public void storeEvents(List<AccessEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
                for (AccessEvent e : events) {
                    int i = 0;
                    insert.setObject(++i, e.id());
                    insert.setString(++i, e.kisiUuid());
                    insert.setString(++i, e.type());
                    insert.setString(++i, e.objectType());
                    insert.setString(++i, e.objectId());
                    insert.setString(++i, e.objectName());
                    insert.setString(++i, e.actorType());
                    insert.setString(++i, e.actorId());
                    insert.setString(++i, e.actorName());
                    insert.setString(++i, e.actorEmail());
                    insert.setString(++i, e.placeId());
                    insert.setString(++i, e.organizationId());
                    if (e.success() == null) {
                        insert.setNull(++i, Types.BOOLEAN);
                    } else {
                        insert.setBoolean(++i, e.success());
                    }
                    insert.setString(++i, e.errorCode());
                    insert.setString(++i, e.errorMessage());
                    insert.setObject(++i, utc(e.createdAt()));
                    insert.setObject(++i, utc(e.receivedAt()));
                    insert.setBoolean(++i, e.signed());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not store " + events.size() + " Kisi events", e);
        }
    }

    @Override
    public void storeLabels(List<Label> labels) {
        if (labels.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_LABEL)) {
                for (Label l : labels) {
                    if (l.accessEvent() == null) {
                        throw new IllegalArgumentException("only the labels of access events are stored here");
                    }
                    int i = 0;
                    insert.setObject(++i, l.id());
                    insert.setObject(++i, l.accessEvent().id());
                    if (l.camera() == null) {
                        insert.setNull(++i, Types.OTHER);
                    } else {
                        insert.setObject(++i, l.camera().id());
                    }
                    insert.setString(++i, l.name());
                    insert.setString(++i, l.token());
                    insert.setString(++i, l.actorToken());
                    insert.setString(++i, l.doorName());
                    insert.setString(++i, l.actorName());
                    insert.setObject(++i, utc(l.occurredAt()));
                    insert.setString(++i, l.searchText());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not store " + labels.size() + " labels of Kisi events", e);
        }
    }

    static int lookUpSize(int uuids) {
        for (int size : LOOK_UP_SIZES) {
            if (uuids <= size) {
                return size;
            }
        }
        throw new IllegalArgumentException("at most " + LOOK_UP_SIZES[LOOK_UP_SIZES.length - 1] + " per look-up");
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** As Hibernate writes an Instant with hibernate.jdbc.time_zone=UTC. */
    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
