package dev.threshold.infrastructure.kisi;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Kisi is, the API token to present, and how long to wait for each answer.
 * {@link #toString()} hides the token, so a connection may be logged.
 */
public record KisiConnection(URI baseUrl, String apiToken, Duration timeout) {

    public static final URI DEFAULT_BASE_URL = URI.create("https://api.kisi.io");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public KisiConnection {
        Objects.requireNonNull(baseUrl, "Kisi connection: the base URL is required");
        String scheme = baseUrl.getScheme();
        if (!baseUrl.isAbsolute()
                || baseUrl.getHost() == null
                || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException(
                    "Kisi connection: the base URL must be an http(s) address, not " + baseUrl);
        }
        baseUrl = withoutTrailingSlash(baseUrl);
        if (apiToken == null || apiToken.isBlank()) {
            throw new IllegalArgumentException("Kisi connection: the API token is required");
        }
        // Tokens are pasted from Kisi's web page; surrounding blanks are never part of them.
        apiToken = apiToken.strip();
        if (apiToken.chars().anyMatch(Character::isISOControl)) {
            // The message must not quote the token: it ends up in logs and on screen.
            throw new IllegalArgumentException("Kisi connection: the API token contains control characters");
        }
        Objects.requireNonNull(timeout, "Kisi connection: the time-out is required");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("Kisi connection: the time-out must be positive, not " + timeout);
        }
    }

    /** A connection to {@code https://api.kisi.io} with a 10 s time-out. */
    public static KisiConnection of(String apiToken) {
        return new KisiConnection(DEFAULT_BASE_URL, apiToken, DEFAULT_TIMEOUT);
    }

    public KisiConnection withBaseUrl(URI newBaseUrl) {
        return new KisiConnection(newBaseUrl, apiToken, timeout);
    }

    public KisiConnection withTimeout(Duration newTimeout) {
        return new KisiConnection(baseUrl, apiToken, newTimeout);
    }

    @Override
    public String toString() {
        return "KisiConnection[baseUrl=" + baseUrl + ", apiToken=(hidden), timeout=" + timeout + "]";
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }
}
