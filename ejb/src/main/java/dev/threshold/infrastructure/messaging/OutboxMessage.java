package dev.threshold.infrastructure.messaging;

import dev.threshold.domain.TimeOrderedIds;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A JMS message waiting in the database to be relayed (see {@link OutboxRelay}): written in the same transaction as
 * the change that caused it, so that it exists if and only if that change is committed.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    private UUID id;

    @Column(name = "destination", nullable = false, updatable = false)
    private String destination;

    @Column(name = "group_id", updatable = false)
    private String groupId;

    @Column(name = "body", nullable = false, updatable = false, length = 32000)
    private String body;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OutboxMessage() {
        // for JPA
    }

    OutboxMessage(String destination, String groupId, String body, Instant expiresAt, Instant createdAt) {
        this.id = TimeOrderedIds.next(); // appended to the primary key, not scattered over it
        this.destination = Objects.requireNonNull(destination, "destination");
        this.groupId = groupId;
        this.body = Objects.requireNonNull(body, "body");
        this.expiresAt = expiresAt;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public UUID id() {
        return id;
    }

    public String destination() {
        return destination;
    }

    public String groupId() {
        return groupId;
    }

    public String body() {
        return body;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
