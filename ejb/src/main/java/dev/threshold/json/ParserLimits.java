package dev.threshold.json;

import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.util.function.Supplier;

/**
 * Parsson's answers to input past its limits, made into the {@link JsonParsingException} that every parse site already
 * handles as malformed JSON. Parsson 1.1 stops a document nested deeper than {@code org.eclipse.parsson.maxDepth}
 * (1,000) with a bare {@code RuntimeException}, and a number longer than {@code org.eclipse.parsson.maxBigDecimalLength}
 * (1,100 characters) with an {@code UnsupportedOperationException}: neither is a {@code JsonException}, so a site's
 * catch of malformed JSON missed them and they left as the server's fault (a 500, or a Kisi answer blamed on the
 * request). Setting the limits lower would not help: Parsson throws the same exceptions at any limit.
 */
final class ParserLimits {

    /** Where a reader stopped: a {@code JsonReader} does not say (-1 is "unknown" in {@link JsonLocation}). */
    static final JsonLocation UNKNOWN = new JsonLocation() {
        @Override
        public long getLineNumber() {
            return -1;
        }

        @Override
        public long getColumnNumber() {
            return -1;
        }

        @Override
        public long getStreamOffset() {
            return -1;
        }
    };

    private ParserLimits() {}

    /**
     * The failure of a parser or reader call as malformed JSON, when it is one of Parsson's limits; otherwise the
     * failure itself. Only the parser's own calls are wrapped, so a bare {@code RuntimeException} there is its depth
     * limit (Parsson throws no other) and an {@code UnsupportedOperationException} its number limit. {@code at} is asked
     * only then: another failure leaves unchanged, without touching the parser again.
     */
    static RuntimeException translated(RuntimeException failure, Supplier<JsonLocation> at) {
        if (failure.getClass() == RuntimeException.class) {
            return new JsonParsingException(
                    "The JSON text nests objects or arrays deeper than the parser reads (" + failure.getMessage() + ")",
                    failure,
                    at.get());
        }
        if (failure instanceof UnsupportedOperationException) {
            return new JsonParsingException(
                    "The JSON text holds a number longer than the parser reads (" + failure.getMessage() + ")",
                    failure,
                    at.get());
        }
        return failure;
    }
}
