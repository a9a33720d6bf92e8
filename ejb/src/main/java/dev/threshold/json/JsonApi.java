package dev.threshold.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code jakarta.json.JSON.createX(…)} looks the provider up through the
 * service loader on every call (class loading, jar scanning); under load that was a large share of a webhook
 * request's time. Everything JSON goes through this instance instead.
 *
 * <p>Its readers and parsers report input past the parser's limits (nested deeper than 1,000 levels, a number longer
 * than 1,100 characters) as malformed JSON, a {@code JsonParsingException}, as the API promises for any input it
 * cannot read: Parsson throws exceptions of its own there ({@link ParserLimits}), which each parse site's handling of
 * malformed JSON would miss.
 */
public final class JsonApi {

    public static final JsonProvider JSON = new GuardedProvider(JsonProvider.provider());

    private JsonApi() {}
}
