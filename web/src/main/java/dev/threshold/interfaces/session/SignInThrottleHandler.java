package dev.threshold.interfaces.session;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * Runs in front of Elytron for every request that tries to sign in — HTTP Basic credentials, or the console's form
 * posted to {@code j_security_check} — and refuses it while its account or client address must wait
 * ({@link SignInThrottle}): REST gets 429 problem+json with Retry-After, the form goes back to the login page, which
 * says how long to wait. Whether an attempt failed is read from its answer once it is sent: 401 to Basic credentials,
 * the form's redirect to {@code login.xhtml?failed=true}.
 */
final class SignInThrottleHandler implements HttpHandler {

    private static final String FORM_ACTION = "/j_security_check";

    private final HttpHandler next;
    private final SignInThrottle throttle;
    private final Clock clock;

    SignInThrottleHandler(HttpHandler next, SignInThrottle throttle, Clock clock) {
        this.next = next;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        boolean form = Methods.POST.equals(exchange.getRequestMethod())
                && exchange.getRelativePath().endsWith(FORM_ACTION);
        String basicUser = basicUsername(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION));
        if (!form && basicUser == null) {
            next.handleRequest(exchange);
            return;
        }
        String[] keys = {basicUser == null ? null : "account:" + basicUser.toLowerCase(Locale.ROOT),
                "address:" + address(exchange)};
        Duration wait = throttle.waitFor(clock.instant(), keys);
        if (!wait.isZero() && !wait.isNegative()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            if (form) {
                exchange.setStatusCode(StatusCodes.FOUND);
                exchange.getResponseHeaders().put(Headers.LOCATION,
                        exchange.getResolvedPath() + "/ui/login.xhtml?wait=" + seconds);
                exchange.endExchange();
            } else {
                tooManyAttempts(exchange, seconds);
            }
            return;
        }
        throttle.attempted(clock.instant(), keys);
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            try {
                if (succeeded(done, form)) {
                    throttle.succeeded(keys);
                }
            } finally {
                nextListener.proceed();
            }
        });
        next.handleRequest(exchange);
    }

    private static boolean succeeded(HttpServerExchange done, boolean form) {
        if (form) {
            String location = done.getResponseHeaders().getFirst(Headers.LOCATION);
            return done.getStatusCode() == StatusCodes.FOUND && location != null && !location.contains("failed=true");
        }
        return done.getStatusCode() != StatusCodes.UNAUTHORIZED && done.getStatusCode() != 429;
    }

    private static void tooManyAttempts(HttpServerExchange exchange, long seconds) {
        exchange.setStatusCode(429);
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(seconds));
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
        exchange.getResponseHeaders().put(new HttpString("Cache-Control"), "no-store");
        exchange.getResponseSender().send("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                + "\"detail\":\"Too many failed sign-ins for this account or from this address: wait " + seconds
                + " s before trying again\"}", StandardCharsets.UTF_8);
    }

    /** The username of Basic credentials, or null when there are none (or they cannot be read). */
    static String basicUsername(String authorization) {
        if (authorization == null || authorization.length() < 7
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, Math.min(colon, 64));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static String address(HttpServerExchange exchange) {
        InetSocketAddress peer = exchange.getSourceAddress();
        return peer == null || peer.getAddress() == null ? "unknown" : peer.getAddress().getHostAddress();
    }
}
