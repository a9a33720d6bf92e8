package dev.threshold.infrastructure.messaging;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.label.Label;
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
 * after the commit ({@link AccessEventReportRelay}) — from the events and labels still in memory when it can
 * ({@link RecentAccessEventReports}), else from the stored rows — with ids derived from what they report, so that a
 * message sent twice after a crash carries the same id. Two CloudEvent documents per event, serialised and
 * written with it, read back and deleted, were about half of what storing an event cost the server.
 */
@ApplicationScoped
public class AccessEventReports {

    private static final String INSERT = "insert into siem_access_event (access_event_id) values (?)";

    @Resource(lookup = "java:jboss/datasources/ThresholdDS")
    DataSource dataSource;

    @Inject
    Event<MessageWritten> written;

    @Inject
    RecentAccessEventReports recent;

    /**
     * Reports these events and their labels (all stored in the caller's transaction) once the transaction commits.
     */
    public void reportAfterCommit(List<AccessEvent> events, List<Label> labels) {
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
        // Now, not after the commit: the relay can lock these rows the moment they commit, and it only ever looks here
        // for rows it locked, so what a rolled-back transaction leaves here is never used (and soon let go).
        recent.add(AccessEventReport.of(events, labels));
        written.fire(new MessageWritten(Destinations.SECURITY_EVENTS)); // the relay runs after the commit
    }
}
