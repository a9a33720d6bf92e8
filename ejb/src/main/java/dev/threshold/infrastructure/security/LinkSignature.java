package dev.threshold.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a link to one resource until a moment: HMAC-SHA256 of {@code <purpose>:<id>:<expires epoch seconds>} with a
 * server key, base64url without padding. Changing the id, the expiry or the purpose breaks the signature; so does
 * another server key. Comparison is in constant time.
 */
public final class LinkSignature {

    private final SecretKeySpec key;
    private final String purpose;
    private final Clock clock;

    public LinkSignature(byte[] key, String purpose, Clock clock) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("a link-signing key needs at least 128 bits");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public String sign(UUID id, long expiresEpochSeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] signature =
                    mac.doFinal((purpose + ":" + id + ":" + expiresEpochSeconds).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a link", e);
        }
    }

    /** True when the signature is this server's for the id and expiry, and the expiry has not passed. */
    public boolean verify(UUID id, long expiresEpochSeconds, String signature) {
        if (id == null || signature == null || signature.isEmpty()) {
            return false;
        }
        if (!Instant.ofEpochSecond(expiresEpochSeconds).isAfter(clock.instant())) {
            return false;
        }
        byte[] expected = sign(id, expiresEpochSeconds).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}
