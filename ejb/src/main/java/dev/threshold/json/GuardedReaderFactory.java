package dev.threshold.json;

import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Map;

/** Readers of a configuration, each a {@link GuardedReader}. */
final class GuardedReaderFactory implements JsonReaderFactory {

    private final JsonReaderFactory factory;

    GuardedReaderFactory(JsonReaderFactory factory) {
        this.factory = factory;
    }

    @Override
    public JsonReader createReader(Reader reader) {
        return new GuardedReader(factory.createReader(reader));
    }

    @Override
    public JsonReader createReader(InputStream in) {
        return new GuardedReader(factory.createReader(in));
    }

    @Override
    public JsonReader createReader(InputStream in, Charset charset) {
        return new GuardedReader(factory.createReader(in, charset));
    }

    @Override
    public Map<String, ?> getConfigInUse() {
        return factory.getConfigInUse();
    }
}
