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

    /** Set while the password is one someone else chose (a generated one): its owner must choose a new one first. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

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

    /** The password was chosen for the owner (generated, reset): they must replace it at their next sign-in. */
    public void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** The owner chose their own password. */
    public void changeOwnPasswordHash(String newPasswordHash) {
        changePasswordHash(newPasswordHash);
        this.mustChangePassword = false;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /**
     * What a signed-in session was granted on: it changes whenever the password or the role does, so that a session
     * opened before such a change can be told apart and ended. Derived from the hash, never the hash itself (it is
     * kept in the HTTP session).
     */
    public String sessionFingerprint() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((passwordHash + "|" + role.name()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For checking a password the owner types (changing their own): bcrypt, as the realm does. */
    public String passwordHash() {
        return passwordHash;
    }

    public String username() {
        return username;
    }

    public Role role() {
        return role;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
