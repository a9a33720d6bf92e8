package dev.threshold.domain.camera;

import dev.threshold.domain.InvalidValueException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A camera. For now only its name, so that doors can be mapped to cameras before the cameras are set up; stream,
 * credentials and scene come with the camera work.
 */
@Entity
@Table(name = "camera")
public class Camera {

    public static final int MAX_NAME_LENGTH = 100;

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, unique = true)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Camera() {
        // for JPA
    }

    public Camera(String name, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = validName(name);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A camera name is what admins type: 1 to 100 characters, no control characters, trimmed. */
    public static String validName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("cameras", "a camera name is 1 to " + MAX_NAME_LENGTH
                    + " printable characters: '" + (name == null ? "" : name) + "'");
        }
        return trimmed;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public Instant createdAt() { return createdAt; }
}
