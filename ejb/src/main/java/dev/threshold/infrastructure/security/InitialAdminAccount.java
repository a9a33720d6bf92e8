package dev.threshold.infrastructure.security;

import dev.threshold.domain.user.Role;
import dev.threshold.domain.user.UserAccountRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
 * and restart. A generated password must be replaced at the first sign-in (the account is marked so). Nodes that
 * start together on an empty database both come up: one creates the account, the other finds it created.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each write commits on its own (AdminAccountWriter)
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

    @EJB
    AdminAccountWriter writer;

    @PostConstruct
    void ensureAdminExists() {
        Path dir = Path.of(serverDataDir, "threshold");
        Path marker = dir.resolve(RESET_MARKER);
        if (accounts.countWithRole(Role.admin) == 0) {
            String password = PasswordHashing.generatePassword(20);
            try {
                writer.create(ADMIN, PasswordHashing.hash(password), clock.instant());
            } catch (RuntimeException lost) {
                if (accounts.find(ADMIN).isEmpty()) {
                    throw lost;
                }
                // Another node starting on the same database created it first: its password file is on that node.
                LOG.info(() -> "The console account '" + ADMIN + "' was created by another node starting at the "
                        + "same time; its password file is in that node's data directory");
                return;
            }
            announce(writePasswordFile(dir, password), "created");
        } else if (Files.exists(marker)) {
            String password = PasswordHashing.generatePassword(20);
            writer.reset(ADMIN, PasswordHashing.hash(password));
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
        LOG.warning(
                () -> "Threshold console account '" + ADMIN + "' " + what + ". Its password is in " + file
                        + " (readable only by this server's user). Sign in at /ui/ and choose a new password (asked at the first sign-in), then delete that file.");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + file + ": " + e.getMessage());
        }
    }
}
