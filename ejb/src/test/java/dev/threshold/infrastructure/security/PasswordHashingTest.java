package dev.threshold.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void hashesInTheModularCryptFormElytronReads() {
        String hash = PasswordHashing.hash("correct horse");
        assertTrue(hash.startsWith("$2a$12$"), hash);
        assertTrue(PasswordHashing.matches("correct horse", hash));
        assertFalse(PasswordHashing.matches("Correct horse", hash));
        assertNotEquals(hash, PasswordHashing.hash("correct horse"), "salted: the same password hashes differently");
    }

    @Test
    void generatedPasswordsHaveTheLengthAskedAndNoLookAlikes() {
        String password = PasswordHashing.generatePassword(20);
        assertEquals(20, password.length());
        assertTrue(password.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), password);
        assertNotEquals(password, PasswordHashing.generatePassword(20));
    }
}
