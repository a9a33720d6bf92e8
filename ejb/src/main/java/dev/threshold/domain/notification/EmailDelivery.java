package dev.threshold.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One e-mail about an incident (or, as a door alert, about a door event) to one recipient, rendered when the incident
 * was created and kept with its state:
 * written in the incident's transaction, sent after the commit, retried with back-off when the mail server fails, so
 * that the incident never depends on the mail and a failure is visible (state, attempts, the last error in words).
 * <p>
 * The recipient's address may be unknown when it is written (Kisi's event did not carry it): it is then looked up by
 * the Kisi user id just before sending, outside any transaction.
 */
@Entity
@Table(name = "email_delivery")
public class EmailDelivery {

    static final int MAX_ERROR_LENGTH = 1000;

    @Id
    private UUID id;

    /** Null for a door alert, which is about a door event and not an incident. */
    @Column(name = "incident_id", updatable = false)
    private UUID incidentId;

    /** Null for an e-mail about an incident (its four columns empty). */
    @Embedded
    private DoorAlertTopic doorAlert;

    @Embedded
    private EmailRecipient recipient;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private DeliveryState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Two nodes claiming the same delivery: the second commit fails instead of sending it twice. */
    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected EmailDelivery() {
        // for JPA
    }

    private EmailDelivery(UUID incidentId, EmailRecipient recipient, String subject, String body, Instant now) {
        this.id = UUID.randomUUID();
        this.incidentId = incidentId;
        this.recipient = recipient;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.state = DeliveryState.PENDING;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.nextAttemptAt = now;
    }

    /** An e-mail about an incident to a known address. */
    public static EmailDelivery to(
            UUID incidentId, String name, String email, String subject, String body, Instant now) {
        return new EmailDelivery(
                Objects.requireNonNull(incidentId, "incidentId"), EmailRecipient.at(name, email), subject, body, now);
    }

    /**
     * A door alert (an e-mail about a door event) to a known address, with the picture of each of {@code cameras} at
     * {@code snapshotAt} attached when it is sent.
     *
     * @param alertKind the kind of door event, as {@code AlertKind}'s name
     */
    public static EmailDelivery doorAlert(
            String lockId,
            String alertKind,
            String email,
            String subject,
            String body,
            Instant now,
            Instant snapshotAt,
            List<UUID> cameras) {
        EmailDelivery delivery = new EmailDelivery(null, EmailRecipient.at(null, email), subject, body, now);
        delivery.doorAlert = new DoorAlertTopic(lockId, alertKind, snapshotAt, cameras);
        return delivery;
    }

    /** An e-mail to a Kisi user whose address is looked up when it is sent. */
    public static EmailDelivery toKisiUser(
            UUID incidentId, String name, String kisiUserId, String subject, String body, Instant now) {
        Objects.requireNonNull(incidentId, "incidentId");
        return new EmailDelivery(incidentId, EmailRecipient.kisiUser(name, kisiUserId), subject, body, now);
    }

    /**
     * Keeps a delivery just written from being sent: its incident is doubtful and waits for a reviewer. Only a
     * {@link #release} or a {@link #cancel} moves it on, so a held e-mail is sent at most once, whatever happens to
     * the incident in between.
     */
    public void hold() {
        if (state != DeliveryState.PENDING || attempts > 0) {
            throw new IllegalStateException("only a delivery not yet tried is held, not delivery " + id + " ("
                    + state.name().toLowerCase() + ")");
        }
        this.state = DeliveryState.HELD;
        this.nextAttemptAt = null;
    }

    /** Its incident was confirmed, or its count became certain: sent now. @return whether it was held */
    public boolean release(Instant now) {
        if (state != DeliveryState.HELD) {
            return false;
        }
        this.state = DeliveryState.PENDING;
        this.nextAttemptAt = Objects.requireNonNull(now, "now");
        return true;
    }

    /** Its incident was dismissed: never sent. @return whether it was held */
    public boolean cancel() {
        if (state != DeliveryState.HELD) {
            return false;
        }
        this.state = DeliveryState.CANCELLED;
        return true;
    }

    /** Due: waiting for an attempt whose time has come, and not being sent by someone else right now. */
    public boolean isDue(Instant now) {
        return (state == DeliveryState.PENDING || state == DeliveryState.RETRYING)
                && !nextAttemptAt.isAfter(now)
                && (claimedUntil == null || claimedUntil.isBefore(now));
    }

    /** Taken by a sender until {@code until}; should it die, the delivery is due again after that. */
    public void claim(Instant now, Instant until) {
        if (!isDue(now)) {
            throw new IllegalStateException("delivery " + id + " is not due");
        }
        this.claimedUntil = until;
    }

    /** The address Kisi gave for the user, found just before sending. */
    public void resolveAddress(String email) {
        recipient.resolveAddress(email);
    }

    public void sent(Instant now) {
        requireOpen();
        this.attempts++;
        this.state = DeliveryState.SENT;
        this.sentAt = now;
        this.lastError = null;
        this.nextAttemptAt = null;
        this.claimedUntil = null;
    }

    /**
     * A failed attempt: tried again by the schedule, unless the attempts are used up or {@code permanent} (retrying
     * cannot help, e.g. the person has no address).
     */
    public void failed(String error, boolean permanent, Instant now, RetrySchedule schedule) {
        requireOpen();
        this.attempts++;
        String words = error == null || error.isBlank() ? "unknown error" : error.strip();
        this.lastError = words.length() <= MAX_ERROR_LENGTH ? words : words.substring(0, MAX_ERROR_LENGTH - 1) + "…";
        this.claimedUntil = null;
        if (permanent || schedule.exhaustedAfter(attempts)) {
            this.state = DeliveryState.FAILED;
            this.nextAttemptAt = null;
        } else {
            this.state = DeliveryState.RETRYING;
            this.nextAttemptAt = now.plus(schedule.delayAfter(attempts));
        }
    }

    private void requireOpen() {
        if (state != DeliveryState.PENDING && state != DeliveryState.RETRYING) {
            throw new IllegalStateException(
                    "delivery " + id + " is already " + state.name().toLowerCase());
        }
    }

    public UUID id() {
        return id;
    }

    public UUID incidentId() {
        return incidentId;
    }

    public String lockId() {
        return doorAlert == null ? null : doorAlert.lockId();
    }

    public String alertKind() {
        return doorAlert == null ? null : doorAlert.alertKind();
    }

    public Instant snapshotAt() {
        return doorAlert == null ? null : doorAlert.snapshotAt();
    }

    public List<UUID> snapshotCameras() {
        return doorAlert == null ? List.of() : doorAlert.snapshotCameras();
    }

    public String recipientName() {
        return recipient.name();
    }

    public String recipientEmail() {
        return recipient.email();
    }

    public String kisiUserId() {
        return recipient.kisiUserId();
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public DeliveryState state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
