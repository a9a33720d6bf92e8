package dev.threshold.domain.incident;

import dev.threshold.domain.camera.Camera;
import dev.threshold.domain.camera.DoorCrossing;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One person who went in unauthorised: when, and the counted crossing on the camera that saw it. */
@Entity
@Table(name = "incident_occurrence")
public class IncidentOccurrence {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "incident_id", nullable = false, updatable = false)
    private Incident incident;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "crossing_id", updatable = false)
    private DoorCrossing crossing;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "camera_id", updatable = false)
    private Camera camera;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected IncidentOccurrence() {
        // for JPA
    }

    IncidentOccurrence(Incident incident, int position, DoorCrossing crossing, Instant occurredAt) {
        this.id = UUID.randomUUID();
        this.incident = Objects.requireNonNull(incident, "incident");
        this.position = position;
        this.crossing = crossing;
        this.camera = crossing == null ? null : crossing.camera();
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public DoorCrossing crossing() {
        return crossing;
    }

    public Camera camera() {
        return camera;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
