package dev.threshold.domain.camera;

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

/**
 * A person who crossed a door line on a camera's video, in or out. Keyed by camera, track and time: the same
 * passage, seen again when a frame is redelivered, is never counted twice.
 */
@Entity
@Table(name = "door_crossing")
public class DoorCrossing {

    /** Which way, seen from the door's inside side. */
    public enum Direction {
        in,
        out
    }

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "camera_id", updatable = false)
    private Camera camera;

    @Column(name = "track_id", nullable = false, updatable = false)
    private long trackId;

    @Column(name = "crossed_at", nullable = false, updatable = false)
    private Instant crossedAt;

    @Column(name = "direction", nullable = false, updatable = false, length = 3)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Direction direction;

    @Column(name = "confidence", nullable = false, updatable = false)
    private double confidence;

    @Column(name = "frame_ref", updatable = false)
    private String frameRef;

    protected DoorCrossing() {
        // for JPA
    }

    public DoorCrossing(
            Camera camera, long trackId, Instant crossedAt, Direction direction, double confidence, String frameRef) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("a crossing's confidence is between 0 and 1, not " + confidence);
        }
        this.id = UUID.randomUUID();
        this.camera = Objects.requireNonNull(camera, "camera");
        this.trackId = trackId;
        this.crossedAt = Objects.requireNonNull(crossedAt, "crossedAt");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.confidence = confidence;
        this.frameRef = frameRef;
    }

    public UUID id() {
        return id;
    }

    public Camera camera() {
        return camera;
    }

    public long trackId() {
        return trackId;
    }

    public Instant crossedAt() {
        return crossedAt;
    }

    public Direction direction() {
        return direction;
    }

    public double confidence() {
        return confidence;
    }

    public String frameRef() {
        return frameRef;
    }
}
