package dev.threshold.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.util.function.Supplier;

/** A reader whose input past Parsson's limits fails as malformed JSON ({@link ParserLimits}). */
final class GuardedReader implements JsonReader {

    private final JsonReader reader;

    GuardedReader(JsonReader reader) {
        this.reader = reader;
    }

    @Override
    public JsonStructure read() {
        return guarded(reader::read);
    }

    @Override
    public JsonObject readObject() {
        return guarded(reader::readObject);
    }

    @Override
    public JsonArray readArray() {
        return guarded(reader::readArray);
    }

    @Override
    public JsonValue readValue() {
        return guarded(reader::readValue);
    }

    @Override
    public void close() {
        reader.close();
    }

    private static <T> T guarded(Supplier<T> read) {
        try {
            return read.get();
        } catch (RuntimeException e) {
            throw ParserLimits.translated(e, () -> ParserLimits.UNKNOWN);
        }
    }
}
