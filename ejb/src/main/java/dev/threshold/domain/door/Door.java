package dev.threshold.domain.door;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.camera.Camera;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A door: a Kisi lock, known by Kisi's lock id, and the cameras that watch it. An event of this lock annotates the
 * video of each of these cameras.
 */
@Entity
@Table(name = "door")
public class Door {

    public static final int MAX_LOCK_ID_LENGTH = 64;
    public static final int DEFAULT_HELD_OPEN_MAX_SECONDS = 60;
    /** An hour: longer, and every grant of the hour would be judged as one group. */
    public static final int MAX_HELD_OPEN_MAX_SECONDS = 3600;

    @Id
    @Column(name = "lock_id", updatable = false)
    private String lockId;

    @Column(name = "name")
    private String name;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The e-mails about a doubtful incident at this door wait until a reviewer confirms it (off: sent at once). */
    @Column(name = "hold_doubtful_email", nullable = false)
    private boolean holdDoubtfulEmail;

    /**
     * A held-open window of this door ends this long after Kisi reported the door held open, if no closing event
     * came sooner: Camio's set-up subscribes none, and a window that never ends is never judged.
     */
    @Column(name = "held_open_max_seconds", nullable = false)
    private int heldOpenMaxSeconds = DEFAULT_HELD_OPEN_MAX_SECONDS;

    /** The Kisi place of this lock; null for the first place (the one of the Kisi settings). */
    @Column(name = "place_id")
    private UUID placeId;

    @ManyToMany
    @JoinTable(
            name = "door_camera",
            joinColumns = @JoinColumn(name = "lock_id"),
            inverseJoinColumns = @JoinColumn(name = "camera_id"))
    @OrderBy("name")
    private Set<Camera> cameras = new LinkedHashSet<>();

    protected Door() {
        // for JPA
    }

    public Door(String lockId, String name, Instant now) {
        this.lockId = validLockId(lockId);
        this.updatedAt = Objects.requireNonNull(now, "now");
        rename(name, now);
    }

    /** Kisi lock ids are numbers; typed by hand they may carry spaces, which are not part of the id. */
    public static String validLockId(String lockId) {
        String trimmed = lockId == null ? "" : lockId.strip();
        if (!trimmed.matches("[A-Za-z0-9_-]{1," + MAX_LOCK_ID_LENGTH + "}")) {
            throw new InvalidValueException(
                    "lockId",
                    "a lock id is 1 to " + MAX_LOCK_ID_LENGTH
                            + " letters, digits, - or _ (Kisi's lock ids are numbers): '"
                            + (lockId == null ? "" : lockId) + "'");
        }
        return trimmed;
    }

    /** Keeps Kisi's latest name for the lock; a blank name never replaces a known one. */
    public void rename(String newName, Instant now) {
        if (newName != null && !newName.isBlank() && !newName.strip().equals(name)) {
            this.name = newName.strip().length() > 255 ? newName.strip().substring(0, 255) : newName.strip();
            this.updatedAt = now;
        }
    }

    public void watchWith(Collection<Camera> newCameras, Instant now) {
        cameras.clear();
        cameras.addAll(newCameras);
        updatedAt = now;
    }

    /** Whether e-mails about doubtful incidents here wait for a reviewer; applies to incidents opened from now on. */
    public void holdDoubtfulEmail(boolean hold, Instant now) {
        if (hold != holdDoubtfulEmail) {
            holdDoubtfulEmail = hold;
            updatedAt = now;
        }
    }

    /** A held-open maximum a door may have, checked before anything is written. */
    public static int validHeldOpenMax(int seconds) {
        if (seconds < 1 || seconds > MAX_HELD_OPEN_MAX_SECONDS) {
            throw new InvalidValueException(
                    "heldOpenMaxSeconds",
                    "heldOpenMaxSeconds is a whole number of seconds "
                            + "from 1 to " + MAX_HELD_OPEN_MAX_SECONDS + " (default " + DEFAULT_HELD_OPEN_MAX_SECONDS
                            + "): " + seconds);
        }
        return seconds;
    }

    /** How long after a held-open report its window ends at the latest; applies to the windows judged from now on. */
    public void heldOpenMax(int seconds, Instant now) {
        validHeldOpenMax(seconds);
        if (seconds != heldOpenMaxSeconds) {
            heldOpenMaxSeconds = seconds;
            updatedAt = now;
        }
    }

    /** Moves the door to another place (null: the first place); events and incidents here are filtered by it. */
    public void inPlace(UUID newPlaceId, Instant now) {
        if (!Objects.equals(newPlaceId, placeId)) {
            placeId = newPlaceId;
            updatedAt = now;
        }
    }

    public String lockId() {
        return lockId;
    }

    public UUID placeId() {
        return placeId;
    }

    public int heldOpenMaxSeconds() {
        return heldOpenMaxSeconds;
    }

    public Duration heldOpenMax() {
        return Duration.ofSeconds(heldOpenMaxSeconds);
    }

    public boolean holdsDoubtfulEmail() {
        return holdDoubtfulEmail;
    }

    public String name() {
        return name;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<Camera> cameras() {
        return new ArrayList<>(cameras);
    }

    /** What a person reads: the lock's name if known, else its id. */
    public String displayName() {
        return name != null ? name : "Lock " + lockId;
    }
}
