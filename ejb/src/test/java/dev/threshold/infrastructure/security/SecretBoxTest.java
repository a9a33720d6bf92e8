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
        SecretsUnavailableException e = assertThrows(
                SecretsUnavailableException.class,
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
    void aConfiguredKeyOfTheWrongSizeIsRefusedInWordsWhenUsed() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        SecretBox box = box(Optional.of(shortKey)); // the application still starts
        assertTrue(assertThrows(SecretsUnavailableException.class, () -> box.seal("x"))
                .getMessage()
                .contains("32 bytes"));
        assertThrows(
                SecretsUnavailableException.class,
                () -> box(Optional.of("not base64!")).open("v1:AAAA"));
    }

    /**
     * A key file that cannot be read (here a garbled one) leaves every use refused with what is wrong, as the
     * webhook's 503 needs, and the message never carries the key's text.
     */
    @Test
    void anUnreadableKeyFileIsAnOutageInWordsWithoutTheKey() throws Exception {
        Path keyFile = dataDir.resolve("threshold/secrets.key");
        Files.createDirectories(keyFile.getParent());
        Files.writeString(keyFile, "c2VjcmV0LWJ1dC1zaG9ydA==");
        SecretBox box = box(Optional.empty());
        SecretsUnavailableException e = assertThrows(
                SecretsUnavailableException.class,
                () -> box.open("v1:" + Base64.getEncoder().encodeToString(new byte[40])));
        assertTrue(e.getMessage().contains("32 bytes"), e.getMessage());
        assertFalse(e.getMessage().contains("c2VjcmV0"), "the key's text is never in the message");
        assertThrows(SecretsUnavailableException.class, () -> box.derivedKey("incident-link"));
    }

    @Test
    void whatIsWrongIsLoggedOnceNotOnEveryRequest() {
        java.util.List<java.util.logging.LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel() == java.util.logging.Level.SEVERE) {
                    logged.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Logger log = java.util.logging.Logger.getLogger(SecretBox.class.getName());
        log.addHandler(handler);
        try {
            SecretBox box = box(Optional.empty());
            String foreign = box(Optional.of(Base64.getEncoder().encodeToString(new byte[32])))
                    .seal("x");
            for (int i = 0; i < 3; i++) {
                assertThrows(SecretsUnavailableException.class, () -> box.open(foreign));
            }
            assertEquals(1, logged.size(), "once");
            assertTrue(
                    logged.get(0).getMessage().contains("cannot be decrypted"),
                    logged.get(0).getMessage());
            box.open(box.seal("y"));
            assertThrows(SecretsUnavailableException.class, () -> box.open(foreign));
            assertEquals(2, logged.size(), "again after the secrets opened in between");
        } finally {
            log.removeHandler(handler);
        }
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
        assertTrue(
                java.util.Arrays.equals(
                        box.derivedKey("incident-link"),
                        box(Optional.of(configured)).derivedKey("incident-link")),
                "the same on every node sharing the key");
        assertFalse(java.util.Arrays.equals(box.derivedKey("incident-link"), box.derivedKey("other")));
        assertFalse(java.util.Arrays.equals(box.derivedKey("incident-link"), new byte[32]));
    }
}
