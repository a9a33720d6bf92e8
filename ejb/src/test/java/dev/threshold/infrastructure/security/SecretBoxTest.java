package dev.threshold.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir
    Path dataDir;

    private SecretBox box(Optional<String> configuredKey) {
        SecretBox box = new SecretBox();
        box.configuredKey = configuredKey;
        box.serverDataDir = dataDir.toString();
        box.loadKey();
        return box;
    }

    @Test
    void sealsSoThatOnlyTheSameKeyOpens() {
        SecretBox box = box(Optional.empty());
        String sealed = box.seal("kisi-api-token-123");
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains("kisi-api-token"), "the stored form does not contain the secret");
        assertNotEquals(sealed, box.seal("kisi-api-token-123"), "a fresh nonce each time");
        assertEquals("kisi-api-token-123", box.open(sealed));

        String otherKey = Base64.getEncoder().encodeToString(new byte[32]);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> box(Optional.of(otherKey)).open(sealed));
        assertTrue(e.getMessage().contains("Enter the secret again"), e.getMessage());
    }

    @Test
    void withoutAConfiguredKeyItCreatesAPrivateKeyFileAndKeepsUsingIt() throws Exception {
        String sealed = box(Optional.empty()).seal("secret");
        Path keyFile = dataDir.resolve("threshold/secrets.key");
        assertTrue(Files.exists(keyFile));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals("secret", box(Optional.empty()).open(sealed), "after a restart the same key is read back");
    }

    /**
     * Threads (or nodes on one folder) that start together all read one complete key: the file appears in one step,
     * already private and already written, and no temporary file is left behind. Creating the file, then writing
     * into it, let a second reader see it empty ("must be 32 bytes, not 0").
     */
    @Test
    void theKeyFileAppearsWhole() throws Exception {
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 40; round++) {
                Path file = dataDir.resolve("round-" + round).resolve("secrets.key");
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
                java.util.List<java.util.concurrent.Future<byte[]>> keys = new java.util.ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    keys.add(pool.submit(() -> {
                        start.await();
                        return SecretBox.keyFile(file);
                    }));
                }
                byte[] first = keys.get(0).get();
                for (java.util.concurrent.Future<byte[]> key : keys) {
                    assertTrue(java.util.Arrays.equals(first, key.get()), "every reader got the same key");
                }
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
                try (var left = Files.list(file.getParent())) {
                    assertEquals(java.util.List.of(file), left.toList(), "no temporary file left behind");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aConfiguredKeyOfTheWrongSizeIsRefusedInWords() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertTrue(assertThrows(IllegalStateException.class, () -> box(Optional.of(shortKey))).getMessage()
                .contains("32 bytes"));
        assertThrows(IllegalStateException.class, () -> box(Optional.of("not base64!")));
    }

    @Test
    void tamperedSealedValuesAreRefused() {
        SecretBox box = box(Optional.empty());
        String sealed = box.seal("secret");
        String tampered = sealed.substring(0, sealed.length() - 4) + (sealed.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThrows(IllegalStateException.class, () -> box.open(tampered));
        assertThrows(IllegalStateException.class, () -> box.open("plain text"));
    }

    @Test
    void derivedKeysAreStablePerPurposeAndNotTheEncryptionKey() {
        String configured = Base64.getEncoder().encodeToString(new byte[32]);
        SecretBox box = box(Optional.of(configured));
        assertEquals(32, box.derivedKey("incident-link").length);
        assertTrue(java.util.Arrays.equals(box.derivedKey("incident-link"), box(Optional.of(configured))
                .derivedKey("incident-link")), "the same on every node sharing the key");
        assertFalse(java.util.Arrays.equals(box.derivedKey("incident-link"), box.derivedKey("other")));
        assertFalse(java.util.Arrays.equals(box.derivedKey("incident-link"), new byte[32]));
    }
}
