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
        assertTrue(KisiSignature.verify(BODY, "sha256=" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac), KEY));
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
}
