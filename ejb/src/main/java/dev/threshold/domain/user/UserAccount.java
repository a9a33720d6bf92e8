package dev.threshold.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A console account. Only a password hash in modular crypt form ({@code $2a$...}) is kept: Elytron's JDBC realm
 * verifies logins against it directly.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @Column(name = "username", updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Role role;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String passwordHash, Role role, Instant createdAt) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("a username is 1 to 64 letters, digits or . _ @ -");
        }
        this.username = username;
        changePasswordHash(passwordHash);
        this.role = Objects.requireNonNull(role, "role");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Replaces the password; as at creation, only its bcrypt hash is accepted. */
    public void changePasswordHash(String newPasswordHash) {
        if (newPasswordHash == null || !newPasswordHash.startsWith("$2")) {
            throw new IllegalArgumentException("only a bcrypt hash is stored, never a password");
        }
        this.passwordHash = newPasswordHash;
    }

    public void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole, "role");
    }

    public String username() { return username; }
    public Role role() { return role; }
    public Instant createdAt() { return createdAt; }
}
