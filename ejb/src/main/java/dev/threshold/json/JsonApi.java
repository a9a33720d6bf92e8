package dev.threshold.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code jakarta.json.JSON.createX(…)} looks the provider up through the
 * service loader on every call (class loading, jar scanning); under load that was a large share of a webhook
 * request's time. Everything JSON goes through this instance instead.
 */
public final class JsonApi {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonApi() {}
}
