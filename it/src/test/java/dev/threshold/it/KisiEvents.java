package dev.threshold.it;

import java.time.Instant;
import java.util.UUID;

/** Kisi webhook bodies as Kisi sends them, with a fresh uuid so that tests never collide. */
final class KisiEvents {

    private KisiEvents() {
    }

    static String uniqueUuid() {
        return UUID.randomUUID().toString();
    }

    /** An event of any type, of lock {@code lockId}, in organization 12, place 34. */
    static String lockEvent(String uuid, String type, String lockId, String door, String actorName) {
        return """
                {"uuid":"%s","type":"%s","success":true,"actor_type":"User","actor_id":91,"actor_name":"%s",
                 "object_type":"Lock","object_id":%s,"object_name":"%s","organization_id":12,"place_id":34,
                 "created_at":"2026-11-29T08:00:00.000Z"}
                """.formatted(uuid, type, actorName, lockId, door);
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
                 "error_code":null,"error_message":null,"created_at":"2026-11-29T08:00:00.000Z",
                 "some_future_field":{"ignored":true}}
                """.formatted(uuid, actorName, door, actorId, actorName, door);
    }
}
