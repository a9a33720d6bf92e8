package dev.threshold.application.webhook;

import jakarta.ejb.ApplicationException;

/** Why the webhook refused an event: it stores nothing, and the caller answers with the matching status. */
@ApplicationException(rollback = true)
public class WebhookRefusedException extends RuntimeException {

    /** The reasons, each with the HTTP status Kisi gets. */
    public enum Reason {
        /** Missing or wrong X-Signature, or no signature key configured (and unsigned events not allowed): 401. */
        SIGNATURE,
        /** The event names another organization or place than the settings, or none while settings exist: 403. */
        FOREIGN,
        /** The event's created_at lies outside the replay window or too far in the future: 403. */
        UNTIMELY
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
