package dev.threshold.demo;

import static dev.threshold.json.JsonApi.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.infrastructure.security.KisiSignature;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The stand-in's events look like Kisi's and carry a signature the webhook accepts. */
class DemoUnlockEventTest {

    private final Badge badge = new Badge(5, DemoScript.ADA);

    @Test
    void aBadgeBecomesAGrantedUnlockOfTheDemoDoorInKisisShape() {
        UUID uuid = UUID.randomUUID();
        JsonObject event =
                read(DemoUnlockEvent.body(badge, "4200", "4201", uuid, Instant.parse("2026-11-29T08:00:01.123456Z")));
        assertEquals(uuid.toString(), event.getString("uuid"));
        assertEquals("lock.unlock", event.getString("type"));
        assertTrue(event.getBoolean("success"));
        assertEquals("User", event.getString("actor_type"));
        assertEquals(101, event.getJsonNumber("actor_id").longValue());
        assertEquals("Ada Park", event.getString("actor_name"));
        assertEquals("ada.park@example.com", event.getString("actor_email"));
        assertEquals("Lock", event.getString("object_type"));
        assertEquals(7001, event.getJsonNumber("object_id").longValue());
        assertEquals("Demo door", event.getString("object_name"));
        assertEquals(4200, event.getJsonNumber("organization_id").longValue());
        assertEquals(4201, event.getJsonNumber("place_id").longValue());
        assertEquals("2026-11-29T08:00:01.123Z", event.getString("created_at"));
    }

    @Test
    void idsConfiguredWithLettersGoAsStrings() {
        JsonObject event = read(DemoUnlockEvent.body(badge, "org-a", "lobby", UUID.randomUUID(), Instant.now()));
        assertEquals("org-a", event.getString("organization_id"));
        assertEquals("lobby", event.getString("place_id"));
    }

    @Test
    void theSignatureIsKisisHmacOfTheExactBody() {
        String key = KisiSignature.newKey();
        byte[] body = DemoUnlockEvent.body(badge, "4200", "4201", UUID.randomUUID(), Instant.now());
        assertTrue(KisiSignature.verify(body, KisiSignature.sign(body, key), key));
        assertFalse(KisiSignature.verify(body, KisiSignature.sign(body, KisiSignature.newKey()), key));
        assertEquals(64, key.length(), "256 bits as hex");
    }

    private static JsonObject read(byte[] body) {
        try (var reader = JSON.createReader(new ByteArrayInputStream(body))) {
            return reader.readObject();
        }
    }
}
