package dev.threshold.domain.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.threshold.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void seventyTwoBytesPassAndSeventyThreeAreRefused() {
        String ascii72 = "a".repeat(72);
        assertEquals(ascii72, PasswordRules.checked(ascii72));
        assertThrows(InvalidValueException.class, () -> PasswordRules.checked(ascii72 + "b"));
    }

    @Test
    void multiByteCharactersAreCountedInBytesNotCharacters() {
        String cyrillic = "пароль".repeat(6); // 36 characters, 72 bytes
        assertEquals(cyrillic, PasswordRules.checked(cyrillic));
        String longer = cyrillic + "ж"; // 37 characters: under 72 characters, over 72 bytes
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> PasswordRules.checked(longer));
        assertEquals("password", refused.field());
        assertTrue(
                refused.getMessage().contains("72 bytes")
                        && refused.getMessage().contains("74"),
                refused.getMessage());
        String emoji = "\uD83D\uDD12".repeat(19); // 19 padlocks: 19 characters, 76 bytes
        assertThrows(InvalidValueException.class, () -> PasswordRules.checked(emoji));
    }

    @Test
    void theMinimumCountsCharactersAsAPersonDoes() {
        assertThrows(
                InvalidValueException.class,
                () -> PasswordRules.checked("\uD83D\uDD12".repeat(11)),
                "11 padlocks are 22 UTF-16 units but 11 characters");
        assertEquals(24, PasswordRules.checked("\uD83D\uDD12".repeat(12)).length());
        assertThrows(InvalidValueException.class, () -> PasswordRules.checked(null));
    }
}
