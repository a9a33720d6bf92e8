package dev.threshold.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a door alert e-mail is about: the door, the kind of door event, and the cameras whose picture at the event's
 * moment is attached when it is sent. Kept in the delivery's own row (its four door-alert columns, empty for an
 * e-mail about an incident).
 */
@Embeddable
public class DoorAlertTopic {

    @Column(name = "lock_id", updatable = false)
    private String lockId;

    @Column(name = "alert_kind", updatable = false)
    private String alertKind;

    @Column(name = "snapshot_at", updatable = false)
    private Instant snapshotAt;

    /** The cameras (ids, comma-separated) whose picture at {@link #snapshotAt} is attached; null for none. */
    @Column(name = "snapshot_cameras", updatable = false)
    private String snapshotCameras;

    protected DoorAlertTopic() {
        // for JPA
    }

    /** @param alertKind the kind of door event, as {@code AlertKind}'s name */
    DoorAlertTopic(String lockId, String alertKind, Instant snapshotAt, List<UUID> cameras) {
        this.lockId = Objects.requireNonNull(lockId, "lockId");
        this.alertKind = Objects.requireNonNull(alertKind, "alertKind");
        this.snapshotAt = snapshotAt;
        this.snapshotCameras =
                cameras.isEmpty() ? null : cameras.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    public String lockId() {
        return lockId;
    }

    public String alertKind() {
        return alertKind;
    }

    public Instant snapshotAt() {
        return snapshotAt;
    }

    public List<UUID> snapshotCameras() {
        return snapshotCameras == null
                ? List.of()
                : Arrays.stream(snapshotCameras.split(","))
                        .map(UUID::fromString)
                        .toList();
    }
}
