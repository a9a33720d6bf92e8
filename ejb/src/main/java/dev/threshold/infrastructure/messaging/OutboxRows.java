package dev.threshold.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/**
 * Inserts outbox messages as one JDBC batch: a webhook group commit writes two or more per event, and as entities
 * each cost Hibernate more than its insert. In a transaction the datasource hands out the transaction's connection,
 * so the rows commit or roll back with the change that wrote them.
 */
@ApplicationScoped
public class OutboxRows {

    private static final String INSERT = "insert into outbox_message (id, destination, group_id, body, expires_at, "
            + "created_at) values (?, ?, ?, ?, ?, ?)";

    @Resource(lookup = "java:jboss/datasources/ThresholdDS")
    DataSource dataSource;

    public OutboxRows() {}

    /** For tests: on a datasource of their own. */
    OutboxRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(List<OutboxMessage> messages) {
        if (messages.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (OutboxMessage m : messages) {
                insert.setObject(1, m.id());
                insert.setString(2, m.destination());
                insert.setString(3, m.groupId());
                insert.setString(4, m.body());
                if (m.expiresAt() == null) {
                    insert.setNull(5, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    insert.setObject(5, m.expiresAt().atOffset(ZoneOffset.UTC));
                }
                insert.setObject(6, m.createdAt().atOffset(ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("could not write " + messages.size() + " outbox messages", e);
        }
    }
}
