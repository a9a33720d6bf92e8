package dev.threshold.application.webhook;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.domain.access.InvalidKisiEventException;
import dev.threshold.domain.access.KisiEvent;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the JSON of one Kisi webhook event. Strict about what Threshold relies on (types of known fields, an
 * ISO-8601 created_at) and lenient about the rest: unknown fields are ignored, since Kisi adds fields over time.
 * One pass of the parser's events, keeping only the known fields (no object tree of the whole body, no separate scan
 * for nesting: depth is counted as the parser goes, and refused long before the parser's own limit of 1,000, which
 * JsonApi's parsers report as malformed JSON).
 */
public final class KisiEventParser {

    /** Far above any real event (Kisi's are flat), far below what strains a parser. */
    static final int MAX_DEPTH = 32;

    private KisiEventParser() {}

    public static KisiEvent parse(byte[] body) {
        String text = decodeUtf8(body);
        if (text.isBlank()) {
            throw new InvalidKisiEventException(null, "The body is empty; expected one Kisi event as a JSON object");
        }
        Map<String, Object> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            JsonParser.Event first = parser.next();
            if (first != JsonParser.Event.START_OBJECT) {
                throw new InvalidKisiEventException(
                        null, "Expected one Kisi event as a JSON object, got " + describe(first));
            }
            readFields(parser, fields);
            if (parser.hasNext()) {
                throw new InvalidKisiEventException(null, "The body holds more than one JSON value");
            }
        } catch (JsonParsingException e) {
            throw new InvalidKisiEventException(null, "The body is not valid JSON: " + e.getMessage());
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new InvalidKisiEventException(null, "The body is not valid JSON");
        }
        return new KisiEvent(
                text(fields, "uuid"),
                text(fields, "type"),
                text(fields, "object_type"),
                id(fields, "object_id"),
                text(fields, "object_name"),
                text(fields, "actor_type"),
                id(fields, "actor_id"),
                text(fields, "actor_name"),
                text(fields, "actor_email"),
                id(fields, "place_id"),
                id(fields, "organization_id"),
                bool(fields, "success"),
                id(fields, "error_code"),
                text(fields, "error_message"),
                instant(fields, "created_at"));
    }

    /** The top-level object's members: strings, numbers (as text), booleans; NESTED for an object or array. */
    private static void readFields(JsonParser parser, Map<String, Object> fields) {
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                return;
            }
            String name = parser.getString(); // KEY_NAME: the parser allows nothing else here
            fields.put(
                    name,
                    switch (parser.next()) {
                        case VALUE_STRING -> parser.getString();
                        case VALUE_NUMBER -> new Number(parser.getString(), parser.isIntegralNumber());
                        case VALUE_TRUE -> Boolean.TRUE;
                        case VALUE_FALSE -> Boolean.FALSE;
                        case VALUE_NULL -> NULL;
                        case START_OBJECT, START_ARRAY -> skipNested(parser);
                        default -> throw new InvalidKisiEventException(null, "The body is not valid JSON");
                    });
        }
    }

    /** Skips an object or array (unknown fields may hold them), refusing nesting deeper than {@link #MAX_DEPTH}. */
    private static Object skipNested(JsonParser parser) {
        int depth = 2; // the event's object and the one just opened
        while (depth > 1) {
            switch (parser.next()) {
                case START_OBJECT, START_ARRAY -> {
                    if (++depth > MAX_DEPTH) {
                        throw new InvalidKisiEventException(
                                null,
                                "The body nests objects or arrays deeper than " + MAX_DEPTH
                                        + " levels; a Kisi event is flat");
                    }
                }
                case END_OBJECT, END_ARRAY -> depth--;
                default -> {
                    // a value inside: not kept
                }
            }
        }
        return NESTED;
    }

    private record Number(String text, boolean integral) {}

    private static final Object NULL = new Object();
    private static final Object NESTED = new Object();

    private static String describe(JsonParser.Event event) {
        return switch (event) {
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> event.name().toLowerCase();
        };
    }

    private static String decodeUtf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidKisiEventException(null, "The body is not valid UTF-8");
        }
    }

    private static String text(Map<String, Object> fields, String field) {
        Object value = fields.get(field);
        if (value == null || value == NULL) {
            return null;
        }
        if (value instanceof String string) {
            // PostgreSQL's text cannot hold U+0000 (H2's can): refused here on every database, never at the commit.
            if (string.indexOf('\u0000') >= 0) {
                throw new InvalidKisiEventException(field, field + " must not contain the character U+0000");
            }
            return string;
        }
        throw new InvalidKisiEventException(field, field + " must be a string");
    }

    /** Kisi's ids are numbers; a string is accepted too. Fractions and other types are refused. */
    private static String id(Map<String, Object> fields, String field) {
        Object value = fields.get(field);
        if (value instanceof Number number) {
            if (!number.integral() || number.text().length() > 40) {
                throw new InvalidKisiEventException(field, field + " must be a whole number or a string");
            }
            String digits = number.text();
            return digits.chars().allMatch(c -> c >= '0' && c <= '9')
                    ? digits // Kisi's ids: no conversion
                    : new java.math.BigDecimal(digits).toBigIntegerExact().toString();
        }
        if (value != null && value != NULL && !(value instanceof String)) {
            throw new InvalidKisiEventException(field, field + " must be a whole number or a string");
        }
        return text(fields, field);
    }

    private static Boolean bool(Map<String, Object> fields, String field) {
        Object value = fields.get(field);
        if (value == null || value == NULL) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        throw new InvalidKisiEventException(field, field + " must be true or false");
    }

    private static Instant instant(Map<String, Object> fields, String field) {
        String value = text(fields, field);
        if (value == null) {
            return null;
        }
        try {
            return KisiTimestamps.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidKisiEventException(
                    field, field + " must be an ISO-8601 date and time with offset, e.g. 2026-11-29T06:30:00.000Z");
        }
    }
}
