package dev.threshold.infrastructure.messaging;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A frame of a camera to analyse, as carried on the {@code frames} queue: JSON, versioned, holding ids and a
 * reference to the frame, never the objects themselves.
 * <pre>{"version":1,"cameraId":"front-door","capturedAt":"2026-11-29T06:30:00.120Z","frameRef":"frames/front-door/1.jpg"}</pre>
 */
public record FrameJob(String cameraId, Instant capturedAt, String frameRef) {

    public static final int VERSION = 1;

    public FrameJob {
        if (cameraId == null || cameraId.isBlank()) {
            throw new IllegalArgumentException("frame job: cameraId is required");
        }
        Objects.requireNonNull(capturedAt, "frame job: capturedAt is required");
        if (frameRef == null || frameRef.isBlank()) {
            throw new IllegalArgumentException("frame job: frameRef is required");
        }
    }

    public String toJson() {
        return Json.createObjectBuilder()
                .add("version", VERSION)
                .add("cameraId", cameraId)
                .add("capturedAt", capturedAt.toString())
                .add("frameRef", frameRef)
                .build()
                .toString();
    }

    /** Reads a message body; anything malformed or of another version is refused with the reason. */
    public static FrameJob fromJson(String json) {
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("frame job: not a JSON object: " + e.getMessage(), e);
        }
        JsonValue version = object.get("version");
        if (!(version instanceof JsonNumber number) || number.intValue() != VERSION) {
            throw new IllegalArgumentException("frame job: version " + version + " is not supported (expected 1)");
        }
        try {
            return new FrameJob(text(object, "cameraId"), Instant.parse(text(object, "capturedAt")),
                    text(object, "frameRef"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("frame job: capturedAt is not an ISO-8601 instant", e);
        }
    }

    private static String text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (!(value instanceof JsonString string)) {
            throw new IllegalArgumentException("frame job: " + field + " must be a string");
        }
        return string.getString();
    }
}
