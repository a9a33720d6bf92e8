package dev.threshold.infrastructure.security;

import dev.threshold.domain.user.Role;
import dev.threshold.domain.user.UserAccount;
import dev.threshold.domain.user.UserAccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure a fresh install can be signed in to, without any fixed default password: on the first start (no admin
 * account yet) it creates the account {@code admin} with a generated password and writes that password to a file in
 * the server's data directory, readable only by the server's user. The log says where the file is, never the
 * password. To get a new admin password later, create the file {@code reset-admin-password} in the same directory
 * and restart.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class InitialAdminAccount {

    static final String ADMIN = "admin";
    static final String PASSWORD_FILE = "initial-admin-password";
    static final String RESET_MARKER = "reset-admin-password";

    private static final Logger LOG = Logger.getLogger(InitialAdminAccount.class.getName());

    @Inject
    UserAccountRepository accounts;

    @Inject
    @ConfigProperty(name = "jboss.server.data.dir")
    String serverDataDir;

    @Inject
    Clock clock;

    @PostConstruct
    void ensureAdminExists() {
        Path dir = Path.of(serverDataDir, "threshold");
        Path marker = dir.resolve(RESET_MARKER);
        if (accounts.countWithRole(Role.admin) == 0) {
            String password = PasswordHashing.generatePassword(20);
            accounts.store(new UserAccount(ADMIN, PasswordHashing.hash(password), Role.admin, clock.instant()));
            announce(writePasswordFile(dir, password), "created");
        } else if (Files.exists(marker)) {
            String password = PasswordHashing.generatePassword(20);
            accounts.find(ADMIN)
                    .orElseThrow(() -> new IllegalStateException("reset-admin-password: there is no account 'admin'"))
                    .changePasswordHash(PasswordHashing.hash(password));
            announce(writePasswordFile(dir, password), "reset");
            deleteQuietly(marker);
        }
    }

    private static Path writePasswordFile(Path dir, String password) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(PASSWORD_FILE);
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + System.lineSeparator(), StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the admin password file in " + dir, e);
        }
    }

    private static void announce(Path file, String what) {
        LOG.warning(() -> "Threshold console account '" + ADMIN + "' " + what + ". Its password is in " + file
                + " (readable only by this server's user). Sign in at /ui/, then delete that file.");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + file + ": " + e.getMessage());
        }
    }
}
