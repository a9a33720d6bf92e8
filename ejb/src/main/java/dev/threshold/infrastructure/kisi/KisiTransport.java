package dev.threshold.infrastructure.kisi;

import dev.threshold.failure.Causes;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends requests to Kisi: authenticates them, keeps under the rate limit, retries what may be retried, and turns
 * every failure into a {@link KisiApiException} in words. Knows nothing of locks or users; {@link KisiClient} does.
 */
final class KisiTransport {

    private static final Logger LOG = Logger.getLogger(KisiTransport.class.getName());

    /** Kisi's limit is 5 per second; the extra 100 ms absorb the jitter between our sending and Kisi's counting. */
    private static final int REQUESTS_PER_WINDOW = 5;

    private static final Duration WINDOW = Duration.ofMillis(1100);

    private static final String JSON = "application/json";
    private static final String HIDDEN = "(hidden)";

    /** What Kisi answered with a 2xx. */
    record Answer(int status, String body, HttpHeaders headers) {

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private final KisiConnection connection;
    private final HttpClient http;
    private final RequestPacer pacer = new RequestPacer(REQUESTS_PER_WINDOW, WINDOW);

    KisiTransport(KisiConnection connection) {
        this.connection = connection;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connection.timeout())
                // A redirect would carry the token to wherever it points; Kisi's API does not redirect.
                .followRedirects(HttpClient.Redirect.NEVER)
                // One small request at a time: HTTP/2 gains nothing, and its cleartext upgrade trips some proxies.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Answer send(KisiRequest request) {
        HttpRequest httpRequest = build(request);
        Duration waited = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = exchange(httpRequest);
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Answer(status, response.body(), response.headers());
            }
            if (!RetryPolicy.mayRetry(request.method(), status)) {
                throw failure(request, response);
            }
            Optional<Duration> asked = response.headers()
                    .firstValue(RetryAfter.HEADER)
                    .flatMap(value -> RetryAfter.parse(value, Instant.now()));
            Duration wait = asked.orElse(RetryPolicy.backoff(attempt));
            if (attempt >= RetryPolicy.MAX_ATTEMPTS) {
                LOG.fine(() -> request + ": Kisi answered " + status + "; giving up after " + RetryPolicy.MAX_ATTEMPTS
                        + " attempts");
                throw failure(request, response);
            }
            if (waited.plus(wait).compareTo(RetryPolicy.MAX_TOTAL_WAIT) > 0) {
                LOG.fine(() -> request + ": Kisi answered " + status + " and asks to wait " + wait + "; giving up");
                throw status == 429 ? KisiFailures.rateLimitedFor(wait) : failure(request, response);
            }
            // FINE: a retry now and then is normal; the caller hears of it only if the call fails in the end.
            int failed = attempt;
            LOG.fine(() -> request + ": Kisi answered " + status + "; retrying in " + KisiFailures.seconds(wait)
                    + " (attempt " + (failed + 1) + " of " + RetryPolicy.MAX_ATTEMPTS + ")");
            pause(wait);
            waited = waited.plus(wait);
        }
    }

    private HttpRequest build(KisiRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(connection.baseUrl() + request.target()))
                .timeout(connection.timeout())
                .header("Authorization", "KISI-LOGIN " + connection.apiToken())
                .header("Accept", JSON);
        if (request.jsonBody() == null) {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", JSON)
                    .method(
                            request.method(),
                            HttpRequest.BodyPublishers.ofString(request.jsonBody(), StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    /** One round trip, after the pacer allows it. I/O failures are not retried: a time-out has already cost N s. */
    private HttpResponse<String> exchange(HttpRequest httpRequest) {
        try {
            pacer.awaitTurn();
            return http.send(httpRequest, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw KisiFailures.unreachable(connection.baseUrl(), e);
        } catch (HttpTimeoutException e) {
            throw KisiFailures.timeout(connection.timeout(), e);
        } catch (ConnectException e) {
            throw KisiFailures.unreachable(connection.baseUrl(), e);
        } catch (IOException e) {
            throw Causes.any(e, UnresolvedAddressException.class::isInstance)
                    ? KisiFailures.unreachable(connection.baseUrl(), e)
                    : KisiFailures.brokenOff(connection.baseUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KisiFailures.interrupted(e);
        }
    }

    private KisiApiException failure(KisiRequest request, HttpResponse<String> response) {
        int status = response.statusCode();
        if (status < 400) {
            // 1xx/3xx: a redirect we do not follow, or something stranger.
            return KisiFailures.unexpectedStatus(request.subject(), status);
        }
        return KisiFailures.forStatus(
                status, request.subject(), redact(KisiJson.errorDetail(response.body()), request));
    }

    /** Kisi may echo what it was sent; neither the token nor a signature key may reach a message. */
    private String redact(String text, KisiRequest request) {
        String redacted = text.replace(connection.apiToken(), HIDDEN);
        for (String secret : request.secrets()) {
            if (secret != null && !secret.isEmpty()) {
                redacted = redacted.replace(secret, HIDDEN);
            }
        }
        return redacted;
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw KisiFailures.interrupted(e);
        }
    }

    /** For log lines only; the connection's own toString hides the token. */
    @Override
    public String toString() {
        return "KisiTransport[" + connection + "]";
    }
}
