package dev.threshold.infrastructure.kisi;

import java.time.Duration;

/**
 * When a failed call to Kisi is tried again, and for how long at most. Bounded so that a "Test connection" click or
 * a setup step answers within seconds, not minutes.
 */
final class RetryPolicy {

    /** The first try and up to three more. */
    static final int MAX_ATTEMPTS = 4;

    /** Back-off after the first failure when Kisi does not say how long to wait; doubles with each further one. */
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    /** All waits between the attempts of one call together; a longer Retry-After makes the call give up at once. */
    static final Duration MAX_TOTAL_WAIT = Duration.ofSeconds(20);

    private RetryPolicy() {}

    /**
     * 429 means Kisi did not process the request, so any method may be sent again. A 502/503/504 may come after Kisi
     * applied the request, so only a GET, which changes nothing, is repeated; a POST or PATCH could create a second
     * integration.
     */
    static boolean mayRetry(String method, int status) {
        if (status == 429) {
            return true;
        }
        return "GET".equals(method) && (status == 502 || status == 503 || status == 504);
    }

    /** The wait after {@code failedAttempts} failures (1, 2, ...): 0.5 s, 1 s, 2 s, ... */
    static Duration backoff(int failedAttempts) {
        return FIRST_BACKOFF.multipliedBy(1L << Math.min(failedAttempts - 1, 10));
    }
}
