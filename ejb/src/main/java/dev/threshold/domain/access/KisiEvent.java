package dev.threshold.domain.access;

import dev.threshold.domain.window.DoorSignal;
import java.time.Instant;

/**
 * One event as Kisi's webhook delivers it, already checked for presence, type and size of its fields.
 * Field names follow Kisi's (snake_case there, camelCase here). Ids are kept as text: Kisi sends numbers today,
 * and text keeps us safe if it ever sends larger ones or strings.
 */
public record KisiEvent(
        String uuid,
        String type,
        String objectType,
        String objectId,
        String objectName,
        String actorType,
        String actorId,
        String actorName,
        String actorEmail,
        String placeId,
        String organizationId,
        Boolean success,
        String errorCode,
        String errorMessage,
        Instant createdAt) {

    public static final int MAX_UUID_LENGTH = 64;
    public static final int MAX_TYPE_LENGTH = 100;
    public static final int MAX_TEXT_LENGTH = 255;
    public static final int MAX_ERROR_MESSAGE_LENGTH = 1000;

    public KisiEvent {
        require("uuid", uuid, MAX_UUID_LENGTH);
        require("type", type, MAX_TYPE_LENGTH);
        if (createdAt == null) {
            throw new InvalidKisiEventException("created_at", "created_at is required");
        }
        limit("object_type", objectType, MAX_TEXT_LENGTH);
        limit("object_id", objectId, MAX_TEXT_LENGTH);
        limit("object_name", objectName, MAX_TEXT_LENGTH);
        limit("actor_type", actorType, MAX_TEXT_LENGTH);
        limit("actor_id", actorId, MAX_TEXT_LENGTH);
        limit("actor_name", actorName, MAX_TEXT_LENGTH);
        limit("actor_email", actorEmail, MAX_TEXT_LENGTH);
        limit("place_id", placeId, MAX_TEXT_LENGTH);
        limit("organization_id", organizationId, MAX_TEXT_LENGTH);
        limit("error_code", errorCode, MAX_TEXT_LENGTH);
        limit("error_message", errorMessage, MAX_ERROR_MESSAGE_LENGTH);
    }

    /** True for Kisi's lock events (lock.unlock, lock.forced_open, ...), which annotate the door's video. */
    public boolean isLockEvent() {
        return type.startsWith("lock.");
    }

    /**
     * The events that open, extend or end a door's observation windows (a granted unlock, forced open, held open,
     * closed, locked, a scheduled unlock, Kisi's tailgate report): each makes the door's windows be judged again.
     */
    public boolean concernsDoorWindows() {
        return DoorSignal.of(type, success).isPresent();
    }

    /** Kisi leaves {@code success} out of some events; only an explicit false means the attempt failed. */
    public boolean failed() {
        return Boolean.FALSE.equals(success);
    }

    private static void require(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidKisiEventException(field, field + " is required and must not be blank");
        }
        limit(field, value, maxLength);
    }

    private static void limit(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidKisiEventException(field, field + " is longer than " + maxLength + " characters");
        }
    }
}
