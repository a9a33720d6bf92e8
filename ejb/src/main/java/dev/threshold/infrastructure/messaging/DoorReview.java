package dev.threshold.infrastructure.messaging;

import static dev.threshold.json.JsonApi.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Objects;

/**
 * "Judge the windows of this door around this moment", as carried on the {@code door-windows} queue. Sent when a
 * lock event arrives, when a window's end is due (a delayed message) and when a person is counted late. All reviews
 * of a door share a message group, so one consumer at a time judges a door, in order.
 * <pre>{"version":1,"lockId":"4711","around":"2026-11-29T08:00:00Z","cause":"lock.unlock"}</pre>
 *
 * @param cause an event type (lock.unlock, ...), {@value #WINDOW_END} or {@value #CROSSING}
 */
public record DoorReview(String lockId, Instant around, String cause) {

    public static final int VERSION = 1;
    /** The cause of the review sent for the moment a window ends. */
    public static final String WINDOW_END = "window-end";
    /** The cause of the review sent when a camera counted a person at the door. */
    public static final String CROSSING = "crossing";

    private static final String KIND = "door review";

    public DoorReview {
        if (lockId == null || lockId.isBlank()) {
            throw new IllegalArgumentException(KIND + ": lockId is required");
        }
        Objects.requireNonNull(around, KIND + ": around is required");
        if (cause == null || cause.isBlank()) {
            throw new IllegalArgumentException(KIND + ": cause is required");
        }
    }

    /** A lock event's review: the only cause that schedules the review of a window's end. */
    public boolean causedByLockEvent() {
        return !WINDOW_END.equals(cause) && !CROSSING.equals(cause);
    }

    /** The message group: one consumer at a time per door. */
    public String groupId() {
        return "door-" + lockId;
    }

    public String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("version", VERSION)
                .add("lockId", lockId)
                .add("around", around.toString())
                .add("cause", cause);
        return json.build().toString();
    }

    public static DoorReview fromJson(String json) {
        JsonObject object = JsonMessages.read(json, KIND, VERSION);
        return new DoorReview(
                JsonMessages.text(object, KIND, "lockId"),
                JsonMessages.instant(object, KIND, "around"),
                JsonMessages.text(object, KIND, "cause"));
    }
}
