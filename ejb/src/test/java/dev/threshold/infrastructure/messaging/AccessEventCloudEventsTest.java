package dev.threshold.infrastructure.messaging;

import static dev.threshold.domain.access.KisiEvents.AT;
import static dev.threshold.json.JsonApi.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.threshold.domain.access.AccessEvent;
import dev.threshold.domain.access.KisiEvents;
import dev.threshold.domain.label.DoorEventLabels;
import dev.threshold.domain.label.Label;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The webhook's CloudEvents, built by the relay from stored rows: the same document each time it is built. */
class AccessEventCloudEventsTest {

    private static AccessEvent unlock(String uuid) {
        return AccessEvent.receivedFrom(KisiEvents.lockEvent(uuid, "lock.unlock", true), AT.plusSeconds(1), true);
    }

    private static JsonObject json(CloudEvent event) {
        return JSON.createReader(new StringReader(event.toJson())).readObject();
    }

    @Test
    void anEventBuiltTwiceIsTheSameDocumentWithTheSameId() {
        AccessEvent event = unlock("u-1");
        assertEquals(
                AccessEventCloudEvents.received(event).toJson(),
                AccessEventCloudEvents.received(event).toJson());
        JsonObject received = json(AccessEventCloudEvents.received(event));
        assertEquals(SecurityEvents.ACCESS_EVENT_RECEIVED, received.getString("type"));
        assertEquals("/doors/4711", received.getString("source"));
        assertEquals(event.id().toString(), received.getString("subject"));
        assertEquals("u-1", received.getJsonObject("data").getString("kisiUuid"));
        assertEquals(
                AccessEventCloudEvents.idOf(
                        SecurityEvents.ACCESS_EVENT_RECEIVED, event.id().toString()),
                received.getString("id"));
    }

    @Test
    void aLabelOfTheEventHasAnIdOfItsOwnAndNamesTheEvent() {
        AccessEvent event = unlock("u-2");
        Label label = Label.onAccessEvent(
                event, DoorEventLabels.labelFor(KisiEvents.lockEvent("u-2", "lock.unlock", true)), null);
        JsonObject created = json(AccessEventCloudEvents.labelCreated(label));
        assertEquals(
                created.getString("id"),
                json(AccessEventCloudEvents.labelCreated(label)).getString("id"));
        assertEquals(SecurityEvents.LABEL_CREATED, created.getString("type"));
        assertEquals(event.id().toString(), created.getJsonObject("data").getString("accessEventId"));
        assertEquals("/doors/4711", created.getString("source"));
        assertNotEquals(json(AccessEventCloudEvents.received(event)).getString("id"), created.getString("id"));
    }

    @Test
    void idsDifferByTypeAndBySubject() {
        assertNotEquals(AccessEventCloudEvents.idOf("a", "1"), AccessEventCloudEvents.idOf("b", "1"));
        assertNotEquals(AccessEventCloudEvents.idOf("a", "1"), AccessEventCloudEvents.idOf("a", "2"));
        assertEquals(AccessEventCloudEvents.idOf("a", "1"), AccessEventCloudEvents.idOf("a", "1"));
    }
}
