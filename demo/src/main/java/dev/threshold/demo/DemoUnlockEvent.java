package dev.threshold.demo;

import static dev.threshold.json.JsonApi.JSON;

import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The webhook body Kisi posts when someone unlocks a door, for one demo badge: a granted {@code lock.unlock} of the
 * demo door by the badge's actor, in the organization and place the server's Kisi settings name (else the server
 * would refuse it as foreign). Field names and types are Kisi's (see docs/kisi.md).
 */
final class DemoUnlockEvent {

    private DemoUnlockEvent() {}

    static byte[] body(Badge badge, String organizationId, String placeId, UUID uuid, Instant createdAt) {
        DemoActor actor = badge.actor();
        JsonObjectBuilder event = JSON.createObjectBuilder()
                .add("uuid", uuid.toString())
                .add("type", "lock.unlock")
                .add("action", "unlock")
                .add("message", actor.name() + " unlocked " + DemoDoor.NAME)
                .add("success", true)
                .add("actor_type", "User")
                .add("actor_id", actor.id())
                .add("actor_name", actor.name())
                .add("actor_email", actor.email())
                .add("object_type", "Lock")
                .add("object_name", DemoDoor.NAME)
                .add("created_at", createdAt.truncatedTo(ChronoUnit.MILLIS).toString());
        addId(event, "object_id", DemoDoor.LOCK_ID);
        addId(event, "organization_id", organizationId);
        addId(event, "place_id", placeId);
        return event.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Kisi's ids are numbers; an id configured with letters goes as the string it is. */
    private static void addId(JsonObjectBuilder event, String field, String id) {
        if (id.matches("[0-9]{1,18}")) {
            event.add(field, Long.parseLong(id));
        } else {
            event.add(field, id);
        }
    }
}
