package dev.threshold.realm;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords that bcrypt found right, remembered for {@code ttl} so that the next request with the same password skips
 * bcrypt. What is kept is not the password: an HMAC-SHA256 of it under a random key that lives only in this node's
 * memory, together with the stored hash it was checked against. A remembered password counts only while the account's
 * stored hash is still that hash: a new password (or a removed account) takes effect at the very next request, on
 * every node, with nothing to invalidate. At most {@code capacity} accounts are remembered; beyond that a password is
 * simply checked with bcrypt every time.
 */
final class VerifiedGuesses {

    private record Verified(String storedHash, byte[] guessMac, Instant until) {}

    private final Map<String, Verified> byAccount = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration ttl;
    private final int capacity;

    VerifiedGuesses(Duration ttl, int capacity) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, "HmacSHA256");
        this.ttl = ttl;
        this.capacity = capacity;
    }

    /** Whether this guess was found right for the account while its stored hash was {@code storedHash}. */
    boolean known(String account, String storedHash, char[] guess, Instant now) {
        Verified verified = byAccount.get(account);
        if (verified == null || ttl.isZero()) {
            return false;
        }
        if (!now.isBefore(verified.until()) || !verified.storedHash().equals(storedHash)) {
            byAccount.remove(account, verified);
            return false;
        }
        return MessageDigest.isEqual(verified.guessMac(), mac(guess));
    }

    /** bcrypt found this guess right for the account's stored hash. */
    void remember(String account, String storedHash, char[] guess, Instant now) {
        if (ttl.isZero()) {
            return;
        }
        if (byAccount.size() >= capacity && !byAccount.containsKey(account)) {
            byAccount.values().removeIf(v -> !now.isBefore(v.until()));
            if (byAccount.size() >= capacity) {
                return;
            }
        }
        byAccount.put(account, new Verified(storedHash, mac(guess), now.plus(ttl)));
    }

    int size() {
        return byAccount.size();
    }

    private byte[] mac(char[] guess) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(guess));
            mac.update(bytes); // only the encoded bytes: the buffer's array may be longer
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
