package dev.threshold.interfaces.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;

/**
 * First handler of the deployment, ahead of authentication (the login form {@code /j_security_check} is read by the
 * security handlers, no servlet filter sees it): sets the request's body limit, which Undertow enforces while the body
 * is read (a chunked body included), and refuses a declared oversize body with 413 before a byte of it is read. The
 * connection is closed after the refusal rather than drained, so a gigabyte sent anyway is never taken in.
 */
final class BodyLimitHandler implements HttpHandler {

    private final HttpHandler next;
    private final BodyLimits limits;

    BodyLimitHandler(HttpHandler next, BodyLimits limits) {
        this.next = next;
        this.limits = limits;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String method = exchange.getRequestMethod().toString();
        String path = exchange.getRelativePath();
        long limit = limits.limitFor(method, path);
        if (limits.declaredTooLarge(method, path, exchange.getRequestContentLength())) {
            refuse(exchange, limits.refusal(limit));
            return;
        }
        if (exchange.isRequestChannelAvailable()) {
            exchange.setMaxEntitySize(limit);
        }
        next.handleRequest(exchange);
    }

    private static void refuse(HttpServerExchange exchange, String detail) {
        exchange.setPersistent(false);
        exchange.setStatusCode(StatusCodes.REQUEST_ENTITY_TOO_LARGE);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
        exchange.getResponseHeaders().put(Headers.CONNECTION, "close");
        exchange.getResponseSender().send("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                + "\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
