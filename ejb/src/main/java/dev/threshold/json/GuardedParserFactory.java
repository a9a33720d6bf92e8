package dev.threshold.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Map;

/** Parsers of a configuration, each a {@link GuardedParser}. */
final class GuardedParserFactory implements JsonParserFactory {

    private final JsonParserFactory factory;

    GuardedParserFactory(JsonParserFactory factory) {
        this.factory = factory;
    }

    @Override
    public JsonParser createParser(Reader reader) {
        return new GuardedParser(factory.createParser(reader));
    }

    @Override
    public JsonParser createParser(InputStream in) {
        return new GuardedParser(factory.createParser(in));
    }

    @Override
    public JsonParser createParser(InputStream in, Charset charset) {
        return new GuardedParser(factory.createParser(in, charset));
    }

    /** A parser over values already in memory: no input to be past a limit, so Parsson's own. */
    @Override
    public JsonParser createParser(JsonObject object) {
        return factory.createParser(object);
    }

    @Override
    public JsonParser createParser(JsonArray array) {
        return factory.createParser(array);
    }

    @Override
    public Map<String, ?> getConfigInUse() {
        return factory.getConfigInUse();
    }
}
