package dev.threshold.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seals secrets (Kisi's signature key and API token) for storage: AES-256-GCM, a fresh nonce per value, the result
 * as {@code v1:<base64(nonce || ciphertext)>}. The key comes from the configuration property
 * {@code threshold.secrets.key} (32 bytes, base64; in production an Elytron-encrypted expression or an environment
 * variable, the same on every node), else from the file {@code <data dir>/threshold/secrets.key}, created with a
 * random key on first use and readable only by the server's user.
 * <p>
 * A key that cannot be had (a file that cannot be read, a value that is not 32 bytes of base64) does not stop the
 * application from starting: every use then throws {@link SecretsUnavailableException}, as does a value that does not
 * open with the key. What is wrong is logged once (never the key nor a secret), and again only after the secrets
 * opened in between.
 */
@ApplicationScoped
public class SecretBox {

    private static final Logger LOG = Logger.getLogger(SecretBox.class.getName());
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "threshold.secrets.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    String serverDataDir;

    private SecretKey key;
    /** Why there is no key, when there is none. */
    private String keyProblem;

    private final AtomicBoolean problemLogged = new AtomicBoolean();

    @PostConstruct
    void loadKey() {
        try {
            byte[] raw = configuredKey
                    .filter(k -> !k.isBlank())
                    .map(SecretBox::decodeKey)
                    .orElseGet(() -> keyFile(Path.of(serverDataDir, "threshold", "secrets.key")));
            key = new SecretKeySpec(raw, "AES");
        } catch (IllegalStateException | UncheckedIOException e) {
            keyProblem = e.getMessage();
        }
    }

    private SecretKey key() {
        if (key == null) {
            throw unavailable("The key that encrypts stored secrets cannot be used: " + keyProblem, null);
        }
        return key;
    }

    /** Logs the problem the first time it is met (and again after secrets opened in between); never a secret. */
    private SecretsUnavailableException unavailable(String problem, Throwable cause) {
        if (problemLogged.compareAndSet(false, true)) {
            LOG.severe(problem);
        }
        return new SecretsUnavailableException(problem, cause);
    }

    public String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a secret", e);
        }
    }

    /**
     * A key of its own for another purpose (e.g. signing links), derived from this key with HMAC-SHA256 so that the
     * encryption key itself is never used for anything else, and the same on every node that shares the key.
     */
    public byte[] derivedKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac.doFinal(("threshold/" + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive a key", e);
        }
    }

    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw unavailable("a stored secret is not in the v1 format: enter the secret again in Settings", null);
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            String secret =
                    new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
            problemLogged.set(false);
            return secret;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw unavailable(
                    "a stored secret cannot be decrypted: was threshold.secrets.key or "
                            + "secrets.key changed? Enter the secret again in Settings.",
                    e);
        }
    }

    private static byte[] decodeKey(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("threshold.secrets.key is not base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException(
                    "threshold.secrets.key must be 32 bytes (base64 of 256 bits), not " + raw.length);
        }
        return raw;
    }

    /**
     * Reads the key file, creating it first when there is none. A new key is written to a temporary file that is
     * readable only by the server's user from its creation, then linked into place in one step: no reader (another
     * thread, a second node on the same folder, a restart after a crash) ever sees a missing, empty or half-written
     * key, and whoever links first wins; the others read the winner's key.
     */
    static byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Path temp = privateTempFile(file);
                try {
                    Files.writeString(temp, Base64.getEncoder().encodeToString(fresh));
                    if (publish(temp, file)) {
                        LOG.info(() -> "Created the key that encrypts stored secrets: " + file
                                + " (back it up with the database; several nodes need threshold.secrets.key instead)");
                    }
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            return decodeKey(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secrets key " + file, e);
        }
    }

    /** Mode 600 from its creation (the umask cannot widen it); on a file system without POSIX modes, as it comes. */
    private static Path privateTempFile(Path file) throws IOException {
        try {
            return Files.createTempFile(
                    file.getParent(),
                    ".secrets-",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException noPosix) {
            return Files.createTempFile(file.getParent(), ".secrets-", ".tmp");
        }
    }

    /**
     * Puts the written key in place atomically without replacing one that appeared meanwhile: a hard link fails if
     * the name exists; where links are not supported, an atomic rename after a last look.
     *
     * @return whether this key is the one in place
     */
    private static boolean publish(Path temp, Path file) throws IOException {
        try {
            Files.createLink(file, temp);
            return true;
        } catch (FileAlreadyExistsException raced) {
            return false; // another thread or node created it first; read theirs
        } catch (UnsupportedOperationException | IOException noLinks) {
            if (Files.exists(file)) {
                return false;
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return true;
        }
    }
}
