package dev.threshold.domain.access;

import dev.threshold.domain.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A Kisi event as Threshold stored it. Immutable once stored: Kisi's word on what happened is evidence.
 */
@Entity
@Table(name = "access_event")
public class AccessEvent {

    @Id
    private UUID id;

    @Column(name = "kisi_uuid", nullable = false, unique = true, updatable = false)
    private String kisiUuid;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String type;

    @Column(name = "object_type", updatable = false)
    private String objectType;

    @Column(name = "object_id", updatable = false)
    private String objectId;

    @Column(name = "object_name", updatable = false)
    private String objectName;

    @Column(name = "actor_type", updatable = false)
    private String actorType;

    @Column(name = "actor_id", updatable = false)
    private String actorId;

    @Column(name = "actor_name", updatable = false)
    private String actorName;

    @Column(name = "actor_email", updatable = false)
    private String actorEmail;

    @Column(name = "place_id", updatable = false)
    private String placeId;

    @Column(name = "organization_id", updatable = false)
    private String organizationId;

    @Column(name = "success", updatable = false)
    private Boolean success;

    @Column(name = "error_code", updatable = false)
    private String errorCode;

    @Column(name = "error_message", updatable = false)
    private String errorMessage;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "signed", nullable = false, updatable = false)
    private boolean signed;

    protected AccessEvent() {
        // for JPA
    }

    private AccessEvent(KisiEvent event, Instant receivedAt, boolean signed) {
        this.id = TimeOrderedIds.next(); // appended to the primary key, not scattered over it
        this.kisiUuid = event.uuid();
        this.type = event.type();
        this.objectType = event.objectType();
        this.objectId = event.objectId();
        this.objectName = event.objectName();
        this.actorType = event.actorType();
        this.actorId = event.actorId();
        this.actorName = event.actorName();
        this.actorEmail = event.actorEmail();
        this.placeId = event.placeId();
        this.organizationId = event.organizationId();
        this.success = event.success();
        this.errorCode = event.errorCode();
        this.errorMessage = event.errorMessage();
        // To the microsecond, as both databases keep them: the event in memory then says what its stored row says
        // (the relay builds security events from either).
        this.createdAt = toMicros(event.createdAt());
        this.receivedAt = toMicros(Objects.requireNonNull(receivedAt, "receivedAt"));
        this.signed = signed;
    }

    /**
     * The access event for a Kisi event that reached this server at {@code receivedAt}; {@code signed} when it came
     * with a valid signature (false while no signature key is configured).
     */
    public static AccessEvent receivedFrom(KisiEvent event, Instant receivedAt, boolean signed) {
        return new AccessEvent(Objects.requireNonNull(event, "event"), receivedAt, signed);
    }

    public UUID id() {
        return id;
    }

    public String kisiUuid() {
        return kisiUuid;
    }

    public String type() {
        return type;
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }

    public String objectName() {
        return objectName;
    }

    public String actorType() {
        return actorType;
    }

    public String actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }
    /** The actor's email if Kisi's event carried it. */
    public String actorEmail() {
        return actorEmail;
    }

    public String placeId() {
        return placeId;
    }

    public String organizationId() {
        return organizationId;
    }

    public Boolean success() {
        return success;
    }

    public String errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }

    private static Instant toMicros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public boolean signed() {
        return signed;
    }

    /** The lock (door) name if Kisi gave one, else its id: what a person reading a list recognises. */
    public String doorName() {
        if (objectName != null && !objectName.isBlank()) {
            return objectName;
        }
        return objectId;
    }
}
