package dev.threshold.infrastructure.security;

import java.security.SecureRandom;
import org.mindrot.jbcrypt.BCrypt;

/**
 * bcrypt in the modular crypt form ({@code $2a$12$...}) that Elytron's JDBC realm verifies, and generation of
 * passwords a person can type.
 */
public final class PasswordHashing {

    private static final int BCRYPT_COST = 12;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashing() {}

    public static String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(BCRYPT_COST, RANDOM));
    }

    public static boolean matches(String password, String hash) {
        return BCrypt.checkpw(password, hash);
    }

    /** A random password of {@code length} characters, without look-alikes (0/O, 1/l/I). */
    public static String generatePassword(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
