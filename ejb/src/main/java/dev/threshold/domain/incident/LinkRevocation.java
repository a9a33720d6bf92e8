package dev.threshold.domain.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The shared links of an incident were revoked: who did it and when. Links carry no issue time, so a revocation
 * ends every link of the incident, those already sent and any made later; it is never undone.
 */
@Entity
@Table(name = "incident_link_revocation")
public class LinkRevocation {

    @Id
    @Column(name = "incident_id")
    private UUID incidentId;

    @Column(name = "revoked_at", nullable = false, updatable = false)
    private Instant revokedAt;

    @Column(name = "revoked_by", nullable = false, updatable = false)
    private String revokedBy;

    protected LinkRevocation() {}

    public LinkRevocation(UUID incidentId, Instant revokedAt, String revokedBy) {
        this.incidentId = Objects.requireNonNull(incidentId, "incidentId");
        this.revokedAt = Objects.requireNonNull(revokedAt, "revokedAt");
        this.revokedBy = Objects.requireNonNull(revokedBy, "revokedBy");
    }

    public UUID incidentId() {
        return incidentId;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }
}
