package dev.threshold.domain.user;

import dev.threshold.domain.InvalidValueException;
import java.nio.charset.StandardCharsets;

/**
 * What a new password must be: at least {@value #MIN_CHARACTERS} characters (code points, as a person counts them)
 * and at most {@value #MAX_BYTES} bytes in UTF-8. bcrypt reads only the first 72 bytes of what it is given, so a
 * longer password would be stored as its first 72 bytes; counting characters let a password of 30 Cyrillic or 18
 * emoji characters pass while bcrypt silently ignored its tail.
 */
public final class PasswordRules {

    public static final int MIN_CHARACTERS = 12;
    public static final int MAX_BYTES = 72;

    private PasswordRules() {}

    /** @return the password, unchanged, if it may be set */
    public static String checked(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            throw new InvalidValueException("password", "A password has at least " + MIN_CHARACTERS + " characters");
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            throw new InvalidValueException(
                    "password",
                    "A password may be at most " + MAX_BYTES
                            + " bytes in UTF-8 (bcrypt's limit); this one has " + bytes
                            + ". Letters beyond A-Z take 2 to 4 "
                            + "bytes each: choose a shorter one");
        }
        return password;
    }
}
