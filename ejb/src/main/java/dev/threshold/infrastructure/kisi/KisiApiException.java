package dev.threshold.infrastructure.kisi;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A call to Kisi that did not succeed, with a message meant for the administrator who has to act on it. The message
 * never holds the API token or a signature key.
 */
public class KisiApiException extends RuntimeException {

    /** What went wrong, for code that reacts differently (e.g. points at the token field for {@code TOKEN_REFUSED}). */
    public enum Reason {
        /** 401: the API token is wrong, revoked or expired. */
        TOKEN_REFUSED,
        /** 403: the token's user may not see or change what was asked for. */
        FORBIDDEN,
        /** 404. */
        NOT_FOUND,
        /** 429, still, after the retries. */
        RATE_LIMITED,
        /** 5xx. */
        UNAVAILABLE,
        /** Any other 4xx: Kisi refused the request itself (e.g. 422 for an invalid URL). */
        REJECTED,
        /** No answer within the connection's time-out. */
        TIMEOUT,
        /** No connection to Kisi at all: refused, unknown host, broken off. */
        UNREACHABLE,
        /** An answer that is not what Kisi's API documents: malformed JSON, a missing id, a redirect. */
        UNEXPECTED_ANSWER,
        /** The waiting thread was interrupted (e.g. the server is shutting down). */
        INTERRUPTED
    }

    private final Reason reason;
    private final int status;

    KisiApiException(Reason reason, int status, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason);
        this.status = status;
    }

    KisiApiException(Reason reason, String message, Throwable cause) {
        this(reason, 0, message, cause);
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status Kisi answered with; empty when there was no answer. */
    public OptionalInt status() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }
}
