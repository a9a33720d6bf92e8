package dev.threshold.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * Application users of WildFly's ApplicationRealm (who the broker lets in: SIEM accounts), written as
 * {@code add-user.sh -a} writes them (the properties realm reads changed files at once) and removed again on
 * {@link #close()}: the server's configuration keeps no test account. Works in the server (its config directory) and
 * in the tests' JVM (the build's server's, or the PostgreSQL pass's copy).
 */
final class ApplicationUsers implements AutoCloseable {

    private final String users;
    private final String roles;

    private ApplicationUsers(Map<String, String> roleOfUser, String password) throws IOException {
        users = Files.readString(usersFile());
        roles = Files.readString(rolesFile());
        StringBuilder moreUsers = new StringBuilder(users).append('\n');
        StringBuilder moreRoles = new StringBuilder(roles).append('\n');
        roleOfUser.forEach((user, role) -> {
            moreUsers.append(user).append('=').append(digest(user, password)).append('\n');
            moreRoles.append(user).append('=').append(role).append('\n');
        });
        Files.writeString(usersFile(), moreUsers);
        Files.writeString(rolesFile(), moreRoles);
    }

    /** Adds each user with its role, all with {@code password}. */
    static ApplicationUsers add(Map<String, String> roleOfUser, String password) {
        try {
            return new ApplicationUsers(roleOfUser, password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            Files.writeString(usersFile(), users);
            Files.writeString(rolesFile(), roles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path configDir() {
        String inServer = System.getProperty("jboss.server.config.dir");
        if (inServer != null) {
            return Path.of(inServer);
        }
        String copy = System.getProperty("threshold.it.server.config.dir");
        return copy != null
                ? Path.of(copy)
                : Path.of(System.getProperty("threshold.it.server.home"), "standalone", "configuration");
    }

    private static Path usersFile() {
        return configDir().resolve("application-users.properties");
    }

    private static Path rolesFile() {
        return configDir().resolve("application-roles.properties");
    }

    /** HEX(MD5(user:ApplicationRealm:password)), the users file's format. */
    private static String digest(String user, String password) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5")
                    .digest((user + ":ApplicationRealm:" + password).getBytes(StandardCharsets.UTF_8));
            return String.format("%032x", new BigInteger(1, md5));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
