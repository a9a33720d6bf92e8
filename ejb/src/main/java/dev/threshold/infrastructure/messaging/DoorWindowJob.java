package dev.threshold.infrastructure.messaging;

import static dev.threshold.infrastructure.JsonApi.JSON;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A door event that opens (or extends) an observation window for tailgating analysis, as carried on the
 * {@code door-windows} queue: lock.unlock granted, lock.forced_open, lock.held_open.
 * <pre>{"version":1,"accessEventId":"…","lockId":"4711","eventType":"lock.unlock","occurredAt":"2026-11-29T08:00:00Z"}</pre>
 */
public record DoorWindowJob(UUID accessEventId, String lockId, String eventType, Instant occurredAt) {

    public static final int VERSION = 1;
    private static final String KIND = "door window job";

    public DoorWindowJob {
        Objects.requireNonNull(accessEventId, "door window job: accessEventId is required");
        if (lockId == null || lockId.isBlank()) {
            throw new IllegalArgumentException("door window job: lockId is required");
        }
        Objects.requireNonNull(eventType, "door window job: eventType is required");
        Objects.requireNonNull(occurredAt, "door window job: occurredAt is required");
    }

    public String toJson() {
        return JSON.createObjectBuilder()
                .add("version", VERSION)
                .add("accessEventId", accessEventId.toString())
                .add("lockId", lockId)
                .add("eventType", eventType)
                .add("occurredAt", occurredAt.toString())
                .build()
                .toString();
    }

    public static DoorWindowJob fromJson(String json) {
        JsonObject object = JsonMessages.read(json, KIND, VERSION);
        try {
            return new DoorWindowJob(UUID.fromString(JsonMessages.text(object, KIND, "accessEventId")),
                    JsonMessages.text(object, KIND, "lockId"),
                    JsonMessages.text(object, KIND, "eventType"),
                    JsonMessages.instant(object, KIND, "occurredAt"));
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(KIND) ? e
                    : new IllegalArgumentException(KIND + ": accessEventId is not a UUID", e);
        }
    }
}
