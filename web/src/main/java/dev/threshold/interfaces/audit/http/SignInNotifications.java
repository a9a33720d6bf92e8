package dev.threshold.interfaces.audit.http;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.audit.AuditTrail;
import io.undertow.security.api.NotificationReceiver;
import io.undertow.security.api.SecurityNotification;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.util.Headers;
import jakarta.enterprise.inject.spi.CDI;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records sign-ins and failed sign-ins in the audit trail, from Undertow's security notifications (Elytron's HTTP
 * authentication reports through them on WildFly). The console's form: the sign-in itself (the POST to
 * {@code j_security_check}), not each later request of the session. HTTP Basic on {@code /api}: every failure, and a
 * success only when it is the first of the account from that address for a while ({@link BasicSignIns}).
 * <p>
 * A failure names the account that was tried (from the form or the Basic header), never the password. Recording
 * must not break signing in: a failure to write is logged.
 */
final class SignInNotifications implements NotificationReceiver {

    static final String SUCCEEDED = "signin.succeeded";
    static final String FAILED = "signin.failed";
    private static final Logger LOG = Logger.getLogger(SignInNotifications.class.getName());
    private static final int MAX_NAME = 64;

    private final BasicSignIns basic = new BasicSignIns(Duration.ofMinutes(30), 10_000);
    private final Clock clock = Clock.systemUTC();

    @Override
    public void handleNotification(SecurityNotification notification) {
        try {
            switch (notification.getEventType()) {
                case AUTHENTICATED -> succeeded(notification);
                case FAILED_AUTHENTICATION -> failed(notification);
                default -> {
                    // logged out: the session simply ends
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The audit trail could not record a sign-in", e);
        }
    }

    private void succeeded(SecurityNotification notification) {
        HttpServerExchange exchange = notification.getExchange();
        String mechanism = mechanism(notification);
        String account = notification.getAccount().getPrincipal().getName();
        String address = address(exchange);
        if (formSignIn(exchange)) {
            record(account, address, SUCCEEDED, "form");
        } else if ("BASIC".equals(mechanism) && basic.firstSince(account, address, clock.instant())) {
            record(account, address, SUCCEEDED, "basic");
        }
    }

    private void failed(SecurityNotification notification) {
        HttpServerExchange exchange = notification.getExchange();
        String address = address(exchange);
        if (formSignIn(exchange)) {
            record(formUser(exchange), address, FAILED, "form");
        } else {
            String account = basicUser(exchange);
            basic.forget(account, address);
            record(account, address, FAILED, "basic");
        }
    }

    private static void record(String account, String address, String kind, String method) {
        AuditTrail audit = CDI.current().select(AuditTrail.class).get();
        audit.recordSignIn(
                account,
                address,
                kind,
                JSON.createObjectBuilder().add("method", method).build());
    }

    private static boolean formSignIn(HttpServerExchange exchange) {
        return exchange.getRequestPath().endsWith("/j_security_check");
    }

    private static String mechanism(SecurityNotification notification) {
        return notification.getMechanism() == null
                ? ""
                : notification.getMechanism().toUpperCase(java.util.Locale.ROOT);
    }

    private static String address(HttpServerExchange exchange) {
        InetSocketAddress peer = exchange.getSourceAddress();
        if (peer == null) {
            return null;
        }
        return peer.getAddress() != null ? peer.getAddress().getHostAddress() : peer.getHostString();
    }

    /** The account name typed in the form (Elytron parsed the form before it failed). */
    private static String formUser(HttpServerExchange exchange) {
        FormData form = exchange.getAttachment(FormDataParser.FORM_DATA);
        FormData.FormValue user = form == null ? null : form.getFirst("j_username");
        return named(user == null ? null : user.getValue());
    }

    /** The account name of a Basic header, without its password. */
    private static String basicUser(HttpServerExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return named(null);
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return named(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return named(null);
        }
    }

    /** A tried name as it may be shown: one line, at most 64 characters, "(none)" when missing. */
    static String named(String name) {
        if (name == null || name.isBlank()) {
            return "(none)";
        }
        String oneLine = name.strip().replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= MAX_NAME ? oneLine : oneLine.substring(0, MAX_NAME);
    }
}
