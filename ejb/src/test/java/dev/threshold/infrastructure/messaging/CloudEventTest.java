package dev.threshold.infrastructure.messaging;

import static dev.threshold.json.JsonApi.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CloudEventTest {

    @Test
    void carriesTheRequiredAndOptionalAttributesOfCloudEvents10() {
        CloudEvent event = new CloudEvent(
                "e-1",
                SecurityEvents.INCIDENT_CREATED,
                "/doors/4711",
                "incident-1",
                Instant.parse("2026-11-29T08:00:00Z"),
                JSON.createObjectBuilder().add("tailgaters", 1).build());
        JsonObject json = JSON.createReader(new StringReader(event.toJson())).readObject();
        assertEquals("1.0", json.getString("specversion"));
        assertEquals("e-1", json.getString("id"));
        assertEquals("threshold.incident.created", json.getString("type"));
        assertEquals("/doors/4711", json.getString("source"));
        assertEquals("incident-1", json.getString("subject"));
        assertEquals("2026-11-29T08:00:00Z", json.getString("time"));
        assertEquals("application/json", json.getString("datacontenttype"));
        assertEquals(1, json.getJsonObject("data").getInt("tailgaters"));
    }

    @Test
    void refusesAnEventWithoutItsRequiredAttributes() {
        JsonObject data = JSON.createObjectBuilder().build();
        Instant t = Instant.now();
        assertThrows(IllegalArgumentException.class, () -> new CloudEvent("", "t", "/s", null, t, data));
        assertThrows(IllegalArgumentException.class, () -> new CloudEvent("i", " ", "/s", null, t, data));
        assertThrows(IllegalArgumentException.class, () -> new CloudEvent("i", "t", null, null, t, data));
        assertThrows(NullPointerException.class, () -> new CloudEvent("i", "t", "/s", null, null, data));
    }
}
