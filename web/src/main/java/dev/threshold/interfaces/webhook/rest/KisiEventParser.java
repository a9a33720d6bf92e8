package dev.threshold.interfaces.webhook.rest;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.domain.access.InvalidKisiEventException;
import dev.threshold.domain.access.KisiEvent;
import dev.threshold.interfaces.rest.JsonNesting;
import dev.threshold.interfaces.rest.StorableText;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads the JSON of one Kisi webhook event. Strict about what Threshold relies on (types of known fields, an
 * ISO-8601 created_at) and lenient about the rest: unknown fields are ignored, since Kisi adds fields over time.
 */
public final class KisiEventParser {

    private KisiEventParser() {
    }

    public static KisiEvent parse(byte[] body) {
        JsonObject json = readObject(decodeUtf8(body));
        return new KisiEvent(
                text(json, "uuid"),
                text(json, "type"),
                text(json, "object_type"),
                id(json, "object_id"),
                text(json, "object_name"),
                text(json, "actor_type"),
                id(json, "actor_id"),
                text(json, "actor_name"),
                text(json, "actor_email"),
                id(json, "place_id"),
                id(json, "organization_id"),
                bool(json, "success"),
                id(json, "error_code"),
                text(json, "error_message"),
                instant(json, "created_at"));
    }

    private static String decodeUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidKisiEventException(null, "The body is not valid UTF-8");
        }
    }

    private static JsonObject readObject(String body) {
        if (body.isBlank()) {
            throw new InvalidKisiEventException(null, "The body is empty; expected one Kisi event as a JSON object");
        }
        if (JsonNesting.tooDeep(body)) {
            throw new InvalidKisiEventException(null, "The body nests objects or arrays deeper than "
                    + JsonNesting.MAX_DEPTH + " levels; a Kisi event is flat");
        }
        try (JsonParser parser = JSON.createParser(new StringReader(body))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new InvalidKisiEventException(null, "The body holds more than one JSON value");
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidKisiEventException(null, "Expected one Kisi event as a JSON object, got "
                        + value.getValueType().name().toLowerCase());
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new InvalidKisiEventException(null, "The body is not valid JSON: " + e.getMessage());
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new InvalidKisiEventException(null, "The body is not valid JSON");
        }
    }

    private static String text(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            if (!StorableText.storable(string.getString())) {
                throw new InvalidKisiEventException(field, StorableText.refusal(field));
            }
            return string.getString();
        }
        throw new InvalidKisiEventException(field, field + " must be a string");
    }

    /** Kisi's ids are numbers; a string is accepted too. Fractions and other types are refused. */
    private static String id(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value instanceof JsonNumber number) {
            if (!number.isIntegral() || number.toString().length() > 40) {
                throw new InvalidKisiEventException(field, field + " must be a whole number or a string");
            }
            return number.bigIntegerValue().toString();
        }
        if (value != null && value != JsonValue.NULL && !(value instanceof JsonString)) {
            throw new InvalidKisiEventException(field, field + " must be a whole number or a string");
        }
        return text(json, field);
    }

    private static Boolean bool(JsonObject json, String field) {
        JsonValue value = json.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new InvalidKisiEventException(field, field + " must be true or false");
    }

    private static Instant instant(JsonObject json, String field) {
        String value = text(json, field);
        if (value == null) {
            return null;
        }
        try {
            return KisiTimestamps.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidKisiEventException(field,
                    field + " must be an ISO-8601 date and time with offset, e.g. 2026-11-29T06:30:00.000Z");
        }
    }
}
