package dev.threshold.domain.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Whom a delivery goes to: a name for the greeting, and an address, or a Kisi user whose address is looked up just
 * before sending (Kisi's event did not carry it). Kept in the delivery's own row.
 */
@Embeddable
public class EmailRecipient {

    @Column(name = "recipient_name")
    private String name;

    @Column(name = "recipient_email")
    private String email;

    @Column(name = "kisi_user_id", updatable = false)
    private String kisiUserId;

    protected EmailRecipient() {
        // for JPA
    }

    private EmailRecipient(String name, String email, String kisiUserId) {
        this.name = name;
        this.email = email;
        this.kisiUserId = kisiUserId;
    }

    /** Someone with a known address. */
    static EmailRecipient at(String name, String email) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("an e-mail address is required");
        }
        return new EmailRecipient(name, email.strip(), null);
    }

    /** A Kisi user whose address is looked up when the e-mail is sent. */
    static EmailRecipient kisiUser(String name, String kisiUserId) {
        if (kisiUserId == null || kisiUserId.isBlank()) {
            throw new IllegalArgumentException("a Kisi user id is required");
        }
        return new EmailRecipient(name, null, kisiUserId.strip());
    }

    /** The address Kisi gave for the user, found just before sending; a known address stays. */
    void resolveAddress(String found) {
        if (email == null && found != null && !found.isBlank()) {
            this.email = found.strip();
        }
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String kisiUserId() {
        return kisiUserId;
    }
}
