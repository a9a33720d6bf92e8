package dev.threshold.infrastructure.kisi;

import static dev.threshold.json.JsonApi.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading Kisi's JSON answers. Kisi's fields are snake_case; ids are numbers today but are read as text (see
 * {@link dev.threshold.domain.access.KisiEvent}). Whatever does not have the documented shape becomes an
 * "unexpected answer" failure naming what was asked for.
 */
final class KisiJson {

    /** Looked up once: finding the JSON-P provider is a service-loader search. */
    private static final JsonReaderFactory READERS = JSON.createReaderFactory(Map.of());

    private KisiJson() {}

    static JsonValue parse(String body, String subject) {
        if (body == null || body.isBlank()) {
            throw KisiFailures.unexpectedAnswer(subject, "an empty body instead of JSON", null);
        }
        try (var reader = READERS.createReader(new StringReader(body))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw KisiFailures.unexpectedAnswer(subject, "malformed JSON", e);
        }
    }

    static JsonObject object(String body, String subject) {
        JsonValue value = parse(body, subject);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw KisiFailures.unexpectedAnswer(subject, "a JSON object was expected", null);
        }
        return value.asJsonObject();
    }

    /** The objects of a JSON array, as Kisi answers a list request. */
    static List<JsonObject> objects(String body, String subject) {
        JsonValue value = parse(body, subject);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw KisiFailures.unexpectedAnswer(subject, "a JSON array was expected", null);
        }
        List<JsonObject> objects = new ArrayList<>();
        for (JsonValue item : value.asJsonArray()) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw KisiFailures.unexpectedAnswer(subject, "the list holds something other than objects", null);
            }
            objects.add(item.asJsonObject());
        }
        return objects;
    }

    /** A required id, number or string. */
    static String id(JsonObject object, String field, String subject) {
        String id = text(object, field);
        if (id == null || id.isBlank()) {
            throw KisiFailures.unexpectedAnswer(subject, "no " + field, null);
        }
        return id;
    }

    /** A string or number field as text; {@code null} when absent or JSON null. */
    static String text(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return null;
    }

    /** A boolean field; {@code otherwise} when absent or not a boolean. */
    static boolean flag(JsonObject object, String field, boolean otherwise) {
        JsonValue value = object.get(field);
        if (value == null) {
            return otherwise;
        }
        return switch (value.getValueType()) {
            case TRUE -> true;
            case FALSE -> false;
            default -> otherwise;
        };
    }

    /** The strings of an array field; empty when absent. */
    static List<String> strings(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue item : array) {
            if (item instanceof JsonString string) {
                strings.add(string.getString());
            }
        }
        return strings;
    }

    /** A nested object field, if present. */
    static Optional<JsonObject> child(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value instanceof JsonObject child ? Optional.of(child) : Optional.empty();
    }

    /**
     * Kisi's explanation in an error body ({@code error}, {@code message} or {@code errors}), shortened; empty when
     * the body holds none (e.g. an HTML page from a proxy).
     */
    static String errorDetail(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        JsonValue value;
        try (var reader = READERS.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            return "";
        }
        if (!(value instanceof JsonObject object)) {
            return "";
        }
        for (String field : List.of("error", "message", "errors")) {
            JsonValue detail = object.get(field);
            if (detail instanceof JsonString string && !string.getString().isBlank()) {
                return shorten(string.getString());
            }
            if (detail instanceof JsonObject || detail instanceof JsonArray) {
                return shorten(detail.toString());
            }
        }
        return "";
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "...";
    }
}
