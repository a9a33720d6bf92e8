package dev.threshold.application;

import jakarta.ejb.ApplicationException;

/** Why the webhook refused an event: it stores nothing, and the caller answers with the matching status. */
@ApplicationException(rollback = true)
public class WebhookRefusedException extends RuntimeException {

    /** The reasons, each with the HTTP status Kisi gets. */
    public enum Reason {
        /** Missing or wrong X-Signature while a signature key is configured: 401. */
        SIGNATURE,
        /** The event names another organization or place than the settings: 403. */
        FOREIGN
    }

    private final Reason reason;

    public WebhookRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
