package dev.threshold.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Kisi's webhook signature: {@code X-Signature: sha256=<HMAC-SHA256 of the raw body keyed with the signature key>}.
 * The MAC is accepted hex- or base64-encoded; comparison is in constant time so that timing reveals nothing.
 */
public final class KisiSignature {

    private static final String PREFIX = "sha256=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private KisiSignature() {}

    /** True only if the header carries the body's MAC under {@code key}. A missing or malformed header is false. */
    public static boolean verify(byte[] body, String header, String key) {
        if (header == null || key == null) {
            return false;
        }
        String value = header.strip();
        if (value.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            value = value.substring(PREFIX.length());
        }
        byte[] presented = decode(value);
        return presented != null && MessageDigest.isEqual(mac(body, key), presented);
    }

    /** The header value Kisi would send for {@code body}: for tests, the demo's stand-in and support. */
    public static String sign(byte[] body, String key) {
        return PREFIX + HexFormat.of().formatHex(mac(body, key));
    }

    /** A new signature key: 32 random bytes as hex, as strong as the HMAC-SHA256 it keys. */
    public static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return HexFormat.of().formatHex(key);
    }

    private static byte[] mac(byte[] body, String key) {
        Mac keyed = KEYED.get(key);
        if (keyed == null) {
            if (KEYED.size() >= MAX_KEYED) {
                KEYED.clear(); // keys replaced over time: forget the old ones rather than grow
            }
            keyed = newMac(key);
            KEYED.put(key, keyed);
        }
        try {
            return ((Mac) keyed.clone()).doFinal(body);
        } catch (CloneNotSupportedException notCloneable) {
            return newMac(key).doFinal(body);
        }
    }

    /** More than any server has places (each place has a key): a bound, not a figure anyone meets. */
    private static final int MAX_KEYED = 64;

    /**
     * A MAC keyed with each key in use (one per Kisi place), never used itself but cloned for each body: looking the
     * algorithm up and keying it took longer than the MAC of a Kisi event. (A clone, not one per thread: thread-locals
     * of server threads outlive a redeployment.)
     */
    private static final Map<String, Mac> KEYED = new ConcurrentHashMap<>();

    private static Mac newMac(String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** 64 hex digits, or base64 (standard or URL-safe) of 32 bytes; anything else is no MAC. */
    private static byte[] decode(String value) {
        try {
            if (value.length() == 64 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return HexFormat.of().parseHex(value.toLowerCase());
            }
            byte[] decoded = value.contains("-") || value.contains("_")
                    ? Base64.getUrlDecoder().decode(value)
                    : Base64.getDecoder().decode(value);
            return decoded.length == 32 ? decoded : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
