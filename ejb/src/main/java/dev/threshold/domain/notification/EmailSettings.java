package dev.threshold.domain.notification;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.settings.InvalidSettingsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who is told about an incident and how the e-mail reads (one row). A template left empty means the default one;
 * "Use default" empties both. The template's syntax is checked by the service that renders it, before saving.
 */
@Entity
@Table(name = "email_settings")
public class EmailSettings {

    static final int SINGLE_ROW = 1;
    public static final int MAX_SUBJECT_LENGTH = 500;
    public static final int MAX_BODY_LENGTH = 20_000;

    @Id
    private Integer id;

    @Column(name = "notify_people", nullable = false)
    private boolean notifyPeople;

    @Column(name = "security_addresses")
    private String securityAddresses;

    @Column(name = "subject_template")
    private String subjectTemplate;

    @Column(name = "body_template")
    private String bodyTemplate;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected EmailSettings() {
        // for JPA
    }

    public EmailSettings(Instant now, String by) {
        this.id = SINGLE_ROW;
        this.notifyPeople = true;
        touch(now, by);
    }

    /** Sets everything, all validated before anything is changed; a blank template means the default. */
    public void configure(
            boolean newNotifyPeople,
            List<String> newSecurityAddresses,
            String newSubjectTemplate,
            String newBodyTemplate,
            Instant now,
            String by) {
        String addresses = addresses(newSecurityAddresses);
        String subject = template("subjectTemplate", "The subject", newSubjectTemplate, MAX_SUBJECT_LENGTH);
        String body = template("bodyTemplate", "The body", newBodyTemplate, MAX_BODY_LENGTH);
        this.notifyPeople = newNotifyPeople;
        this.securityAddresses = addresses;
        this.subjectTemplate = subject;
        this.bodyTemplate = body;
        touch(now, by);
    }

    /** "Use default": both templates back to the default ones. */
    public void useDefaultTemplate(Instant now, String by) {
        this.subjectTemplate = null;
        this.bodyTemplate = null;
        touch(now, by);
    }

    private void touch(Instant now, String by) {
        this.updatedAt = Objects.requireNonNull(now, "now");
        this.updatedBy = Objects.requireNonNull(by, "by");
    }

    static String addresses(List<String> given) {
        try {
            return EmailAddresses.stored(EmailAddresses.parse(given));
        } catch (InvalidValueException e) {
            throw new InvalidSettingsException("securityAddresses", e.getMessage());
        }
    }

    private static String template(String field, String label, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw new InvalidSettingsException(field, label + " template is longer than " + maxLength + " characters");
        }
        return value;
    }

    public boolean notifyPeople() {
        return notifyPeople;
    }

    public List<String> securityAddresses() {
        return EmailAddresses.ofStored(securityAddresses);
    }
    /** The subject template, or null for the default. */
    public String subjectTemplate() {
        return subjectTemplate;
    }
    /** The body template, or null for the default. */
    public String bodyTemplate() {
        return bodyTemplate;
    }

    public boolean usesDefaultTemplate() {
        return subjectTemplate == null && bodyTemplate == null;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
