package dev.threshold.infrastructure.messaging;

import static dev.threshold.json.JsonApi.JSON;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Objects;

/**
 * A security event for SIEMs as a CloudEvents 1.0 JSON document (structured content mode), e.g.
 * <pre>{"specversion":"1.0","id":"…","type":"threshold.access-event.received","source":"/doors/4711",
 * "subject":"…","time":"2026-11-29T08:00:00Z","datacontenttype":"application/json","data":{…}}</pre>
 * {@code id} is unique per event and kept when a message is delivered twice, so consumers can drop repeats.
 */
public record CloudEvent(String id, String type, String source, String subject, Instant time, JsonObject data) {

    public static final String SPEC_VERSION = "1.0";

    public CloudEvent {
        requireText(id, "id");
        requireText(type, "type");
        requireText(source, "source");
        Objects.requireNonNull(time, "cloud event: time is required");
        Objects.requireNonNull(data, "cloud event: data is required");
    }

    public String toJson() {
        var json = JSON.createObjectBuilder()
                .add("specversion", SPEC_VERSION)
                .add("id", id)
                .add("type", type)
                .add("source", source);
        if (subject != null) {
            json.add("subject", subject);
        }
        return json.add("time", time.toString())
                .add("datacontenttype", "application/json")
                .add("data", data)
                .build()
                .toString();
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("cloud event: " + field + " is required");
        }
    }
}
