package dev.threshold.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KisiSignatureTest {

    static final byte[] BODY = "{\"uuid\":\"1\",\"type\":\"lock.unlock\"}".getBytes(StandardCharsets.UTF_8);
    static final String KEY = "kisi-signature-key";

    /** The MAC computed independently of the class under test (RFC 2104 via the JDK), hex-encoded. */
    static final String EXPECTED_HEX = hmacHex(BODY, KEY);

    private static String hmacHex(byte[] body, String key) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void signsAsKisiDoes() {
        assertEquals("sha256=" + EXPECTED_HEX, KisiSignature.sign(BODY, KEY));
    }

    @Test
    void acceptsTheMacHexEncodedInEitherCaseWithOrWithoutPrefix() {
        assertTrue(KisiSignature.verify(BODY, "sha256=" + EXPECTED_HEX, KEY));
        assertTrue(KisiSignature.verify(BODY, "sha256=" + EXPECTED_HEX.toUpperCase(), KEY));
        assertTrue(KisiSignature.verify(BODY, "SHA256=" + EXPECTED_HEX, KEY));
        assertTrue(KisiSignature.verify(BODY, EXPECTED_HEX, KEY));
        assertTrue(KisiSignature.verify(BODY, "  sha256=" + EXPECTED_HEX + " ", KEY));
    }

    @Test
    void acceptsTheMacBase64Encoded() {
        byte[] mac = HexFormat.of().parseHex(EXPECTED_HEX);
        assertTrue(KisiSignature.verify(BODY, "sha256=" + Base64.getEncoder().encodeToString(mac), KEY));
        assertTrue(KisiSignature.verify(
                BODY, "sha256=" + Base64.getUrlEncoder().withoutPadding().encodeToString(mac), KEY));
    }

    @Test
    void refusesAWrongKeyATamperedBodyAMissingOrMalformedHeader() {
        assertFalse(KisiSignature.verify(BODY, "sha256=" + EXPECTED_HEX, "another-key"));
        byte[] tampered = "{\"uuid\":\"2\",\"type\":\"lock.unlock\"}".getBytes(StandardCharsets.UTF_8);
        assertFalse(KisiSignature.verify(tampered, "sha256=" + EXPECTED_HEX, KEY));
        assertFalse(KisiSignature.verify(BODY, null, KEY));
        assertFalse(KisiSignature.verify(BODY, "", KEY));
        assertFalse(KisiSignature.verify(BODY, "sha256=", KEY));
        assertFalse(KisiSignature.verify(BODY, "sha256=" + EXPECTED_HEX.substring(2), KEY), "truncated");
        assertFalse(KisiSignature.verify(BODY, "sha256=not base64 at all!", KEY));
        assertFalse(KisiSignature.verify(BODY, "sha256=" + EXPECTED_HEX, null), "no key: nothing verifies");
    }

    /** The keyed MAC is reused between requests: a changed key (a new key saved in Settings) must take at once. */
    @Test
    void aChangedKeyTakesEffectAtOnceAlsoFromManyThreads() throws Exception {
        String newKey = "rotated-signature-key";
        assertTrue(KisiSignature.verify(BODY, "sha256=" + EXPECTED_HEX, KEY));
        assertFalse(KisiSignature.verify(BODY, "sha256=" + EXPECTED_HEX, newKey));
        assertTrue(KisiSignature.verify(BODY, "sha256=" + hmacHex(BODY, newKey), newKey));
        assertTrue(KisiSignature.verify(BODY, "sha256=" + EXPECTED_HEX, KEY), "and back");

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                String key = i % 2 == 0 ? KEY : newKey;
                byte[] body = ("{\"uuid\":\"" + i + "\"}").getBytes(StandardCharsets.UTF_8);
                String header = "sha256=" + hmacHex(body, key);
                results.add(pool.submit(() -> KisiSignature.verify(body, header, key)
                        && !KisiSignature.verify(body, header, key.equals(KEY) ? newKey : KEY)));
            }
            for (var result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
