package dev.threshold.json;

import static dev.threshold.json.JsonApi.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Input past the parser's limits is malformed JSON like any other, from every way of reading it, so that each parse
 * site's own handling of malformed JSON answers it (the parser itself throws exceptions that are not JSON-P's).
 */
class JsonApiTest {

    /** Twice the parser's 1,000 levels. */
    static final String DEEP = "[".repeat(2_000) + "]".repeat(2_000);

    /** Past the parser's 1,100 characters of a number (with a fraction, which a streaming parser reads as a decimal). */
    static final String LONG_NUMBER = "{\"n\":" + "7".repeat(1_200) + ".5}";

    @Test
    void aReaderReportsNestingPastTheParsersLimitAsMalformedJson() {
        List<Function<JsonReader, Object>> readings =
                List.of(JsonReader::read, JsonReader::readArray, JsonReader::readValue);
        for (Function<JsonReader, Object> read : readings) {
            JsonParsingException e = assertThrows(
                    JsonParsingException.class, () -> read.apply(JSON.createReader(new StringReader(DEEP))));
            assertTrue(e.getMessage().contains("nests objects or arrays deeper than the parser reads"), e.getMessage());
            assertEquals(RuntimeException.class, e.getCause().getClass(), "the parser's own failure, kept as cause");
        }
    }

    @Test
    void everyReaderOfTheProviderIsGuarded() {
        byte[] bytes = DEEP.getBytes(StandardCharsets.UTF_8);
        var factory = JSON.createReaderFactory(Map.of());
        assertThrows(
                JsonParsingException.class,
                () -> JSON.createReader(new ByteArrayInputStream(bytes)).readValue());
        assertThrows(
                JsonParsingException.class,
                () -> factory.createReader(new StringReader(DEEP)).readValue());
        assertThrows(
                JsonParsingException.class,
                () -> factory.createReader(new ByteArrayInputStream(bytes)).readValue());
        assertThrows(
                JsonParsingException.class,
                () -> factory.createReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)
                        .readValue());
    }

    @Test
    void aParserReportsNestingPastTheParsersLimitWhereItStopped() {
        for (JsonParser parser : new JsonParser[] {
            JSON.createParser(new StringReader(DEEP)),
            JSON.createParserFactory(Map.of()).createParser(new StringReader(DEEP))
        }) {
            JsonParsingException e = assertThrows(JsonParsingException.class, () -> {
                while (parser.hasNext()) {
                    parser.next();
                }
            });
            assertEquals(1, e.getLocation().getLineNumber());
            assertTrue(
                    e.getLocation().getColumnNumber() >= 1_000,
                    "column " + e.getLocation().getColumnNumber());
        }
        JsonParser whole = JSON.createParser(new StringReader(DEEP));
        whole.next();
        assertThrows(JsonParsingException.class, whole::getArray);
    }

    @Test
    void aNumberLongerThanTheParserReadsIsMalformedJson() {
        JsonParsingException e = assertThrows(
                JsonParsingException.class,
                () -> JSON.createReader(new StringReader(LONG_NUMBER)).readObject());
        assertTrue(e.getMessage().contains("number longer than the parser reads"), e.getMessage());

        JsonParser parser = JSON.createParser(new StringReader(LONG_NUMBER));
        parser.next();
        parser.next();
        assertEquals(JsonParser.Event.VALUE_NUMBER, parser.next());
        assertThrows(JsonParsingException.class, parser::isIntegralNumber);
    }

    @Test
    void jsonWithinTheLimitsReadsAsBefore() {
        String nested = "[".repeat(900) + "1" + "]".repeat(900);
        JsonValue value = JSON.createReader(new StringReader(nested)).readValue();
        assertEquals(nested, value.toString());
        assertEquals(
                "{\"n\":" + "7".repeat(1_000) + "}",
                JSON.createReader(new StringReader("{\"n\":" + "7".repeat(1_000) + "}"))
                        .readObject()
                        .toString());
    }

    @Test
    void otherMalformedJsonIsTheParsersOwnFailure() {
        JsonParsingException e = assertThrows(
                JsonParsingException.class,
                () -> JSON.createReader(new StringReader("{\"a\":")).readObject());
        assertFalse(e.getMessage().contains("the parser reads"), "the parser's own words: " + e.getMessage());
        assertThrows(IllegalStateException.class, () -> {
            JsonReader reader = JSON.createReader(new StringReader("{}"));
            reader.readObject();
            reader.readObject();
        });
    }
}
