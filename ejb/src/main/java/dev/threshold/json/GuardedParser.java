package dev.threshold.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A streaming parser whose input past Parsson's limits fails as malformed JSON ({@link ParserLimits}), at the place
 * the parser stopped: the calls that read input (the value getters too, since a number's limit shows when it is
 * converted). Every call is passed on, the interface's default methods too, since Parsson implements them itself.
 */
final class GuardedParser implements JsonParser {

    private final JsonParser parser;

    GuardedParser(JsonParser parser) {
        this.parser = parser;
    }

    @Override
    public boolean hasNext() {
        return guarded(parser::hasNext);
    }

    @Override
    public Event next() {
        return guarded(parser::next);
    }

    @Override
    public Event currentEvent() {
        return parser.currentEvent();
    }

    @Override
    public String getString() {
        return guarded(parser::getString);
    }

    @Override
    public boolean isIntegralNumber() {
        return guarded(parser::isIntegralNumber);
    }

    @Override
    public int getInt() {
        return guarded(parser::getInt);
    }

    @Override
    public long getLong() {
        return guarded(parser::getLong);
    }

    @Override
    public BigDecimal getBigDecimal() {
        return guarded(parser::getBigDecimal);
    }

    @Override
    public JsonLocation getLocation() {
        return parser.getLocation();
    }

    @Override
    public JsonObject getObject() {
        return guarded(parser::getObject);
    }

    @Override
    public JsonValue getValue() {
        return guarded(parser::getValue);
    }

    @Override
    public JsonArray getArray() {
        return guarded(parser::getArray);
    }

    /**
     * Passed on as they are: a stream parses as it is consumed, after this call, so its failures are Parsson's own.
     * Nothing of ours streams; a site that does must catch the limits itself.
     */
    @Override
    public Stream<JsonValue> getArrayStream() {
        return parser.getArrayStream();
    }

    @Override
    public Stream<Map.Entry<String, JsonValue>> getObjectStream() {
        return parser.getObjectStream();
    }

    @Override
    public Stream<JsonValue> getValueStream() {
        return parser.getValueStream();
    }

    @Override
    public void skipArray() {
        guarded(() -> {
            parser.skipArray();
            return null;
        });
    }

    @Override
    public void skipObject() {
        guarded(() -> {
            parser.skipObject();
            return null;
        });
    }

    @Override
    public void close() {
        parser.close();
    }

    private <T> T guarded(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw ParserLimits.translated(e, parser::getLocation);
        }
    }
}
