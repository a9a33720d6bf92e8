package dev.threshold.infrastructure.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A stored access event whose security events are still to be sent (see {@link AccessEventReports}): only its id,
 * so that the webhook's transaction writes a few bytes per event instead of two CloudEvent documents.
 */
@Entity
@Table(name = "siem_access_event")
public class PendingAccessEventReport {

    @Id
    @Column(name = "access_event_id")
    private UUID accessEventId;

    protected PendingAccessEventReport() {
        // for JPA
    }

    public UUID accessEventId() {
        return accessEventId;
    }
}
