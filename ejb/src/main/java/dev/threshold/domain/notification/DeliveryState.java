package dev.threshold.domain.notification;

/** Where an e-mail delivery stands. */
public enum DeliveryState {
    /** Written with its incident; not tried yet. */
    PENDING,
    /** Tried and failed; tried again at its next attempt time. */
    RETRYING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up: the attempts are used up, or it can never succeed (no address). */
    FAILED,
    /** About a doubtful incident at a door that holds such e-mails: waits until a reviewer confirms the incident. */
    HELD,
    /** Held, and the incident was dismissed: never sent. */
    CANCELLED
}
