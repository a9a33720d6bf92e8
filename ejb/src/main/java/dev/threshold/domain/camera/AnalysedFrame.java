package dev.threshold.domain.camera;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A camera frame that analysis has taken in. One per camera and capture instant: a redelivered frame job finds its
 * row already there and is not counted twice.
 */
@Entity
@Table(name = "analysed_frame")
public class AnalysedFrame {

    @Id
    private UUID id;

    @Column(name = "camera_id", nullable = false, updatable = false)
    private String cameraId;

    @Column(name = "captured_at", nullable = false, updatable = false)
    private Instant capturedAt;

    @Column(name = "frame_ref", nullable = false, updatable = false)
    private String frameRef;

    @Column(name = "analysed_at", nullable = false, updatable = false)
    private Instant analysedAt;

    protected AnalysedFrame() {
        // for JPA
    }

    public AnalysedFrame(String cameraId, Instant capturedAt, String frameRef, Instant analysedAt) {
        if (cameraId == null || cameraId.isBlank()) {
            throw new IllegalArgumentException("a frame needs the id of its camera");
        }
        this.id = UUID.randomUUID();
        this.cameraId = cameraId;
        this.capturedAt = Objects.requireNonNull(capturedAt, "capturedAt");
        this.frameRef = Objects.requireNonNull(frameRef, "frameRef");
        this.analysedAt = Objects.requireNonNull(analysedAt, "analysedAt");
    }

    public UUID id() {
        return id;
    }

    public String cameraId() {
        return cameraId;
    }

    public Instant capturedAt() {
        return capturedAt;
    }

    public String frameRef() {
        return frameRef;
    }

    public Instant analysedAt() {
        return analysedAt;
    }
}
