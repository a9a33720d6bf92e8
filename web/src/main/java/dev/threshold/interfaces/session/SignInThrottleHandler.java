package dev.threshold.interfaces.session;

import io.undertow.security.api.SecurityNotification;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.AttachmentKey;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs in front of Elytron for every request that tries to sign in — HTTP Basic credentials, or the console's form
 * posted to {@code j_security_check} — and refuses it while its account or client address must wait
 * ({@link SignInThrottle}): REST gets 429 problem+json with Retry-After, the form goes back to the login page, which
 * says how long to wait. An attempt that ends without Undertow reporting that it authenticated counts as failed
 * (told by the deployment's notification receiver, {@link #succeeded}): no answer's status is taken as proof of a
 * right password.
 * <p>
 * The account of a form sign-in is read here, ahead of Elytron, by the same form parser the servlet uses (the body is
 * already bounded to 64 KiB by {@code BodyLimitHandler}); Elytron then reads the parsed form, not the body again. The
 * client address is the connection's peer: an {@code X-Forwarded-For} header is not believed, unless an operator
 * turns on the listener's {@code proxy-address-forwarding} behind a proxy of their own (then Undertow itself puts the
 * forwarded address in the peer's place).
 */
final class SignInThrottleHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(SignInThrottleHandler.class.getName());
    private static final String FORM_ACTION = "/j_security_check";
    private static final String FORM_CONTENT = "application/x-www-form-urlencoded";
    private static final int MAX_NAME = 64;
    /** The keys of the sign-in attempt an exchange carries, for the notification of its success. */
    private static final AttachmentKey<String[]> ATTEMPT = AttachmentKey.create(String[].class);
    /** Set when Undertow reported that the exchange's attempt authenticated; an attempt without it failed. */
    private static final AttachmentKey<Boolean> AUTHENTICATED = AttachmentKey.create(Boolean.class);

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
        String user = form ? formUsername(exchange) : basicUser;
        String[] keys = {
            user == null ? null : "account:" + user.toLowerCase(Locale.ROOT), "address:" + address(exchange)
        };
        Duration wait = throttle.waitFor(clock.instant(), keys);
        if (!wait.isZero() && !wait.isNegative()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            if (form) {
                exchange.setStatusCode(StatusCodes.FOUND);
                exchange.getResponseHeaders()
                        .put(Headers.LOCATION, exchange.getResolvedPath() + "/ui/login.xhtml?wait=" + seconds);
                exchange.endExchange();
            } else {
                tooManyAttempts(exchange, seconds);
            }
            return;
        }
        exchange.putAttachment(ATTEMPT, keys);
        exchange.addExchangeCompleteListener((done, nextListener) -> {
            try {
                if (done.getAttachment(AUTHENTICATED) == null) {
                    throttle.failed(clock.instant(), keys);
                }
            } finally {
                nextListener.proceed();
            }
        });
        next.handleRequest(exchange);
    }

    /** Undertow reports an authentication: if it was this exchange's attempt, its failures in a row end. */
    static void succeeded(SecurityNotification notification, SignInThrottle throttle) {
        if (notification.getEventType() == SecurityNotification.EventType.AUTHENTICATED) {
            HttpServerExchange exchange = notification.getExchange();
            String[] keys = exchange.getAttachment(ATTEMPT);
            if (keys != null) {
                exchange.putAttachment(AUTHENTICATED, Boolean.TRUE);
                throttle.succeeded(keys);
            }
        }
    }

    /**
     * The username of a posted sign-in form, parsed here with the servlet's own parser (so Elytron finds the form
     * already read), or null when the form cannot be read this way (then only the address is counted).
     */
    private static String formUsername(HttpServerExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        if (type == null
                || !type.regionMatches(true, 0, FORM_CONTENT, 0, FORM_CONTENT.length())
                || servlet == null
                || servlet.getCurrentServlet() == null) {
            return null;
        }
        try {
            FormDataParser parser = servlet.getCurrentServlet()
                    .getManagedServlet()
                    .getFormParserFactory()
                    .createParser(exchange);
            FormData form = parser == null ? null : parser.parseBlocking();
            FormData.FormValue user = form == null ? null : form.getFirst("j_username");
            return user == null || user.isFileItem() ? null : shortened(user.getValue());
        } catch (java.io.IOException | RuntimeException unreadable) {
            LOG.log(Level.FINE, "A sign-in form could not be read ahead of authentication", unreadable);
            return null;
        }
    }

    private static String shortened(String name) {
        return name == null ? null : name.substring(0, Math.min(name.length(), MAX_NAME));
    }

    private static void tooManyAttempts(HttpServerExchange exchange, long seconds) {
        exchange.setStatusCode(429);
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(seconds));
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
        exchange.getResponseHeaders().put(new HttpString("Cache-Control"), "no-store");
        exchange.getResponseSender()
                .send(
                        "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                                + "\"detail\":\"Too many failed sign-ins for this account or from this address: wait "
                                + seconds
                                + " s before trying again\"}",
                        StandardCharsets.UTF_8);
    }

    /** The username of Basic credentials, or null when there are none (or they cannot be read). */
    static String basicUsername(String authorization) {
        if (authorization == null
                || authorization.length() < 7
                || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : shortened(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static String address(HttpServerExchange exchange) {
        InetSocketAddress peer = exchange.getSourceAddress();
        return peer == null || peer.getAddress() == null
                ? "unknown"
                : peer.getAddress().getHostAddress();
    }
}
