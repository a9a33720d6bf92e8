package dev.threshold.it;

import java.time.Instant;
import java.util.UUID;

/**
 * Kisi webhook bodies as Kisi sends them, with a fresh uuid so that tests never collide, and created now unless a test
 * says when: the webhook refuses events older than its replay window. Post them with {@link ThresholdServer#postEvent},
 * which signs them.
 */
final class KisiEvents {

    private KisiEvents() {}

    static String uniqueUuid() {
        return UUID.randomUUID().toString();
    }

    /** An event of any type, of lock {@code lockId}, in organization 12, place 34, created now. */
    static String lockEvent(String uuid, String type, String lockId, String door, String actorName) {
        return lockEvent(uuid, type, lockId, door, actorName, now());
    }

    /** Now, to the second (as the ISO text Kisi writes). */
    static Instant now() {
        return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** The created_at of an event body. */
    static String createdAt(String body) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\"created_at\":\"([^\"]*)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalArgumentException("no created_at in " + body);
        }
        return m.group(1);
    }

    /** Created at {@code createdAt}: events the server takes as live (its webhook delay estimate learns from them). */
    static String lockEvent(
            String uuid, String type, String lockId, String door, String actorName, java.time.Instant createdAt) {
        return """
                {"uuid":"%s","type":"%s","success":true,"actor_type":"User","actor_id":91,"actor_name":"%s",
                 "object_type":"Lock","object_id":%s,"object_name":"%s","organization_id":12,"place_id":34,
                 "created_at":"%s"}
                """.formatted(uuid, type, actorName, lockId, door, createdAt);
    }

    /** A badge of {@code actorName} at lock {@code lockId}, at {@code at}, with the person's e-mail. */
    static String unlockAt(String lockId, String door, String actorName, String email, Instant at) {
        return """
                {"uuid":"%s","type":"lock.unlock","success":true,"actor_type":"User","actor_id":%d,
                 "actor_name":"%s","actor_email":"%s","object_type":"Lock","object_id":%s,
                 "object_name":"%s","organization_id":12,"place_id":34,"created_at":"%s"}
                """.formatted(uniqueUuid(), Math.abs(actorName.hashCode()), actorName, email, lockId, door, at);
    }

    static String unlock(String uuid, String door, String actorId, String actorName) {
        return """
                {"uuid":"%s","type":"lock.unlock","action":"unlock","message":"%s unlocked %s","success":true,
                 "code":"unlock","actor_type":"User","actor_id":%s,"actor_name":"%s","actor_email":"a@example.com",
                 "object_type":"Lock","object_id":4711,"object_name":"%s","organization_id":12,"place_id":34,
                 "error_code":null,"error_message":null,"created_at":"%s",
                 "some_future_field":{"ignored":true}}
                """.formatted(uuid, actorName, door, actorId, actorName, door, now());
    }

    /** The same event as of another Kisi organization and place (the helpers' events are of organization 12, place 34). */
    static String inPlace(String body, String organizationId, String placeId) {
        return body.replace(
                "\"organization_id\":12,\"place_id\":34",
                "\"organization_id\":" + organizationId + ",\"place_id\":" + placeId);
    }
}
