package dev.threshold.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedGuessesTest {

    static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    static final String HASH = "$2a$12$abcdefghijklmnopqrstuu1234567890123456789012345678901";

    @Test
    void aRememberedPasswordCountsOnlyForTheSameStoredHashAndWithinItsTime() {
        VerifiedGuesses guesses = new VerifiedGuesses(Duration.ofMinutes(5), 100);
        guesses.remember("ada", HASH, "right password".toCharArray(), NOW);
        assertTrue(guesses.known("ada", HASH, "right password".toCharArray(), NOW.plusSeconds(60)));
        assertFalse(guesses.known("ada", HASH, "wrong password".toCharArray(), NOW), "another guess");
        assertFalse(guesses.known("bob", HASH, "right password".toCharArray(), NOW), "another account");
        assertFalse(guesses.known("ada", HASH, "right password".toCharArray(), NOW.plusSeconds(300)), "expired");
    }

    @Test
    void aNewPasswordMakesTheOldOneUnknownAtOnce() {
        VerifiedGuesses guesses = new VerifiedGuesses(Duration.ofMinutes(5), 100);
        guesses.remember("ada", HASH, "old password".toCharArray(), NOW);
        String newHash = HASH.replace('a', 'b');
        assertFalse(guesses.known("ada", newHash, "old password".toCharArray(), NOW), "the stored hash changed");
        assertEquals(0, guesses.size(), "and the entry is gone");
    }

    @Test
    void guessesThatDifferOnlyInTrailingZeroCharactersAreDifferent() {
        VerifiedGuesses guesses = new VerifiedGuesses(Duration.ofMinutes(5), 100);
        guesses.remember("ada", HASH, "abc".toCharArray(), NOW);
        assertFalse(guesses.known("ada", HASH, "abc\0".toCharArray(), NOW));
    }

    @Test
    void atMostCapacityAccountsAreRememberedAndZeroTtlRemembersNothing() {
        VerifiedGuesses guesses = new VerifiedGuesses(Duration.ofMinutes(5), 10);
        for (int i = 0; i < 1000; i++) {
            guesses.remember("user" + i, HASH, "pw".toCharArray(), NOW);
        }
        assertEquals(10, guesses.size());
        VerifiedGuesses off = new VerifiedGuesses(Duration.ZERO, 10);
        off.remember("ada", HASH, "pw".toCharArray(), NOW);
        assertFalse(off.known("ada", HASH, "pw".toCharArray(), NOW));
    }
}
