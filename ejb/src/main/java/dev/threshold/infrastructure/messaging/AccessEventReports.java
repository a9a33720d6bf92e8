package dev.threshold.infrastructure.messaging;

import dev.threshold.domain.access.AccessEvent;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The webhook's security events, written lean: one row per stored access event, naming it, in the webhook's
 * transaction (one JDBC batch per group commit). The relay builds the CloudEvents of the event and of its labels
 * from the stored rows after the commit ({@link AccessEventReportRelay}), with ids derived from what they report, so
 * that a message sent twice after a crash carries the same id. Two CloudEvent documents per event, serialised and
 * written with it, read back and deleted, were about half of what storing an event cost the server.
 */
@ApplicationScoped
public class AccessEventReports {

    private static final String INSERT = "insert into siem_access_event (access_event_id) values (?)";

    @Resource(lookup = "java:jboss/datasources/ThresholdDS")
    DataSource dataSource;

    @Inject
    Event<MessageWritten> written;

    /** Reports these events (stored in the caller's transaction) and their labels once the transaction commits. */
    public void reportAfterCommit(List<AccessEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (AccessEvent event : events) {
                insert.setObject(1, event.id());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException(
                    "could not write the security events of " + events.size() + " access events", e);
        }
        written.fire(new MessageWritten(Destinations.SECURITY_EVENTS)); // the relay runs after the commit
    }
}
