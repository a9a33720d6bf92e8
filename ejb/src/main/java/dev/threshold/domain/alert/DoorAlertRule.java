package dev.threshold.domain.alert;

import dev.threshold.domain.notification.EmailAddresses;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The recipients an admin chose for one kind of event at one door. Without a rule a door keeps the default
 * ({@link DoorAlertDefaults}).
 */
@Entity
@Table(name = "door_alert")
public class DoorAlertRule {

    @Id
    private UUID id;

    @Column(name = "lock_id", nullable = false, updatable = false)
    private String lockId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private AlertKind kind;

    @Column(name = "security_addresses")
    private String securityAddresses;

    @Column(name = "badge_holder", nullable = false)
    private boolean badgeHolder;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected DoorAlertRule() {
        // for JPA
    }

    public DoorAlertRule(String lockId, AlertKind kind, AlertRecipients recipients, Instant now, String by) {
        this.id = UUID.randomUUID();
        this.lockId = Objects.requireNonNull(lockId, "lockId");
        this.kind = Objects.requireNonNull(kind, "kind");
        change(recipients, now, by);
    }

    public void change(AlertRecipients recipients, Instant now, String by) {
        this.securityAddresses = EmailAddresses.stored(recipients.securityAddresses());
        this.badgeHolder = recipients.badgeHolder();
        this.updatedAt = Objects.requireNonNull(now, "now");
        this.updatedBy = Objects.requireNonNull(by, "by");
    }

    public String lockId() {
        return lockId;
    }

    public AlertKind kind() {
        return kind;
    }

    public AlertRecipients recipients() {
        return new AlertRecipients(EmailAddresses.ofStored(securityAddresses), badgeHolder);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
