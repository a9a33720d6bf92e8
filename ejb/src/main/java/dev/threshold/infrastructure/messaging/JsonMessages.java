package dev.threshold.infrastructure.messaging;

import static dev.threshold.json.JsonApi.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reading the versioned JSON messages of Threshold's queues, refusing anything malformed with the reason. */
final class JsonMessages {

    private JsonMessages() {}

    /** The message's object, if it is JSON of the expected version. */
    static JsonObject read(String json, String kind, int version) {
        JsonObject object;
        try (var reader = JSON.createReader(new StringReader(json))) {
            object = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException(kind + ": not a JSON object: " + e.getMessage(), e);
        }
        JsonValue found = object.get("version");
        if (!(found instanceof JsonNumber number) || number.intValue() != version) {
            throw new IllegalArgumentException(
                    kind + ": version " + found + " is not supported (expected " + version + ")");
        }
        return object;
    }

    static String text(JsonObject object, String kind, String field) {
        JsonValue value = object.get(field);
        if (!(value instanceof JsonString string)) {
            throw new IllegalArgumentException(kind + ": " + field + " must be a string");
        }
        return string.getString();
    }

    static Instant instant(JsonObject object, String kind, String field) {
        try {
            return Instant.parse(text(object, kind, field));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(kind + ": " + field + " is not an ISO-8601 instant", e);
        }
    }
}
