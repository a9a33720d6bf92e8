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
 * A camera: its name, the stream Threshold reads (a URL or a file), the credentials for it (held only sealed), how
 * many frames a second are analysed, whether it is read at all, and its scene (floor grid and door line, kept exactly
 * as {@code threshold-scene/1} JSON). A camera named in a door mapping before it is set up is a name only: no stream,
 * not enabled.
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

    @Column(name = "stream_url")
    private String streamUrl;

    @Column(name = "credentials_secret")
    private String sealedCredentials;

    @Column(name = "analysis_fps", nullable = false)
    private double analysisFps = DEFAULT_ANALYSIS_FPS;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "scene_json", length = 8000)
    private String sceneJson;

    @Column(name = "updated_at")
    private Instant updatedAt;

    public static final double DEFAULT_ANALYSIS_FPS = 5;
    public static final double MAX_ANALYSIS_FPS = 30;

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
        if (trimmed.isEmpty()
                || trimmed.length() > MAX_NAME_LENGTH
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(
                    "cameras",
                    "a camera name is 1 to " + MAX_NAME_LENGTH + " printable characters: '" + (name == null ? "" : name)
                            + "'");
        }
        return trimmed;
    }

    /** Sets what is read and how often; a camera without a stream cannot be enabled. */
    public void configureStream(String newStreamUrl, double newAnalysisFps, boolean newEnabled, Instant now) {
        String url = newStreamUrl == null || newStreamUrl.isBlank() ? null : newStreamUrl.strip();
        if (url != null && url.length() > 1000) {
            throw new InvalidValueException("streamUrl", "a stream URL is at most 1000 characters");
        }
        if (!(newAnalysisFps > 0 && newAnalysisFps <= MAX_ANALYSIS_FPS)) {
            throw new InvalidValueException(
                    "analysisFps",
                    "the analysis rate is more than 0 and at most " + MAX_ANALYSIS_FPS + " frames per second");
        }
        if (newEnabled && url == null) {
            throw new InvalidValueException("enabled", "a camera without a stream URL cannot be enabled");
        }
        this.streamUrl = url;
        this.analysisFps = newAnalysisFps;
        this.enabled = newEnabled;
        this.updatedAt = now;
    }

    public void rename(String newName, Instant now) {
        this.name = validName(newName);
        this.updatedAt = now;
    }

    public void replaceCredentials(String sealed, Instant now) {
        this.sealedCredentials = sealed;
        this.updatedAt = now;
    }

    /** Keeps the scene as the admin gave it (already validated by its parser), to export it exactly. */
    public void placeScene(String validSceneJson, Instant now) {
        if (validSceneJson != null && validSceneJson.length() > 8000) {
            throw new InvalidValueException("scene", "a scene is at most 8000 characters of JSON");
        }
        this.sceneJson = validSceneJson;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String streamUrl() {
        return streamUrl;
    }

    public String sealedCredentials() {
        return sealedCredentials;
    }

    public boolean hasCredentials() {
        return sealedCredentials != null;
    }

    public double analysisFps() {
        return analysisFps;
    }

    public boolean enabled() {
        return enabled;
    }

    public String sceneJson() {
        return sceneJson;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
