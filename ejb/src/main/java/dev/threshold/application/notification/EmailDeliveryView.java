package dev.threshold.application.notification;

import dev.threshold.domain.notification.EmailDelivery;
import java.time.Instant;
import java.util.UUID;

/**
 * An e-mail delivery as the console and the API list it: about which incident, or (a door alert) which door and kind
 * of door event, to whom, its state ("pending", "retrying", "sent",
 * "failed", "held" for a doubtful incident's review, "cancelled" when that incident was dismissed), the attempts so
 * far and the last error in words.
 */
public record EmailDeliveryView(
        UUID id,
        UUID incidentId,
        String recipientName,
        String recipientEmail,
        String kisiUserId,
        String subject,
        String state,
        int attempts,
        String lastError,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant sentAt,
        String lockId,
        String alertKind) {

    static EmailDeliveryView of(EmailDelivery d) {
        return new EmailDeliveryView(
                d.id(),
                d.incidentId(),
                d.recipientName(),
                d.recipientEmail(),
                d.kisiUserId(),
                d.subject(),
                d.state().name().toLowerCase(),
                d.attempts(),
                d.lastError(),
                d.nextAttemptAt(),
                d.createdAt(),
                d.sentAt(),
                d.lockId(),
                d.alertKind() == null
                        ? null
                        : dev.threshold.domain.alert.AlertKind.valueOf(d.alertKind())
                                .apiName());
    }

    /** Whom it is for, as a person reads it: "Ada <ada@example.com>", or the Kisi user whose address is looked up. */
    public String recipient() {
        String address = recipientEmail != null ? recipientEmail : "address from Kisi user " + kisiUserId;
        return recipientName == null ? address : recipientName + " <" + address + ">";
    }
}
