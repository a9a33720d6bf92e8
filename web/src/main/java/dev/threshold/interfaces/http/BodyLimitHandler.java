package dev.threshold.interfaces.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;

/**
 * First handler of the deployment, ahead of authentication (the login form {@code /j_security_check} is read by the
 * security handlers, no servlet filter sees it): sets the request's body limit, which Undertow enforces while the body
 * is read (a chunked body included), and refuses a declared oversize body with 413 before a byte of it is read.
 */
final class BodyLimitHandler implements HttpHandler {

    /** Oversize bodies up to this are drained after the 413, larger ones never read. */
    static final long DRAIN_BYTES = 1024 * 1024;

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

    /**
     * A body up to {@link #DRAIN_BYTES} is read and thrown away after the answer (Undertow drains it, nothing is kept),
     * so that a client that sent a little too much gets its 413 on a clean connection; a larger one is not read at all:
     * the connection is closed after the answer.
     */
    private static void refuse(HttpServerExchange exchange, String detail) {
        long declared = exchange.getRequestContentLength();
        if (declared <= DRAIN_BYTES && exchange.isRequestChannelAvailable()) {
            exchange.setMaxEntitySize(declared);
        } else {
            exchange.setPersistent(false);
            exchange.getResponseHeaders().put(Headers.CONNECTION, "close");
        }
        exchange.setStatusCode(StatusCodes.REQUEST_ENTITY_TOO_LARGE);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
        exchange.getResponseSender()
                .send("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413," + "\"detail\":\""
                        + detail.replace("\"", "'") + "\"}");
    }
}
