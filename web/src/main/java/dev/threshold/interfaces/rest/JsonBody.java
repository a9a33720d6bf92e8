package dev.threshold.interfaces.rest;

import static dev.threshold.json.JsonApi.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON request body of the REST API, read strictly: a malformed body or a field of the wrong type is a 400
 * problem naming the field, before anything is changed.
 */
public final class JsonBody {

    private final JsonObject object;

    private JsonBody(JsonObject object) {
        this.object = object;
    }

    public static JsonBody parse(String body) {
        if (body == null || body.isBlank()) {
            throw invalid(null, "The body is empty; expected a JSON object");
        }
        if (JsonNesting.tooDeep(body)) {
            throw invalid(null, "The body nests deeper than " + JsonNesting.MAX_DEPTH + " levels");
        }
        try (var reader = JSON.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalid(null, "Expected a JSON object");
            }
            return new JsonBody(value.asJsonObject());
        } catch (JsonException | IllegalStateException e) {
            throw invalid(null, "The body is not valid JSON");
        }
    }

    /** The fields the object names, in its order. */
    public java.util.Set<String> fields() {
        return object.keySet();
    }

    /** A field that holds an object; absent or not an object is an error naming it. */
    public JsonBody object(String field) {
        JsonValue value = object.get(field);
        if (!(value instanceof JsonObject nested)) {
            throw invalid(field, field + " must be an object");
        }
        return new JsonBody(nested);
    }

    public boolean has(String field) {
        return object.containsKey(field);
    }

    /** A string field, or null when absent or JSON null. */
    public String text(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return storable(field, string.getString());
        }
        throw invalid(field, field + " must be a string");
    }

    /** A JSON document given as an object field or as a string holding it; null when absent. */
    public String document(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    /** A number field; absent or JSON null is an error naming it. */
    public double number(String field) {
        JsonValue value = object.get(field);
        if (value instanceof jakarta.json.JsonNumber number) {
            return number.doubleValue();
        }
        throw invalid(field, field + " must be a number");
    }

    public boolean flag(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
            return false;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        throw invalid(field, field + " must be true or false");
    }

    /** An array of strings; an absent field is an empty list. */
    public List<String> texts(String field) {
        JsonValue value = object.get(field);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw invalid(field, field + " must be an array of strings");
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonString string)) {
                throw invalid(field, field + " must be an array of strings");
            }
            texts.add(storable(field, string.getString()));
        }
        return texts;
    }

    private static String storable(String field, String text) {
        if (!StorableText.storable(text)) {
            throw invalid(field, StorableText.refusal(field));
        }
        return text;
    }

    public static ProblemException invalid(String field, String detail) {
        return new ProblemException(Problem.invalidField(field, detail));
    }
}
