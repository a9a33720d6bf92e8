package dev.threshold.infrastructure.security;

import dev.threshold.domain.user.Role;
import dev.threshold.domain.user.UserAccount;
import dev.threshold.domain.user.UserAccountRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The first admin's writes, each in a transaction of its own, committed before the password file is written: when
 * two nodes start on an empty database at once, one creation commits and the other fails on the primary key, and the
 * loser can tell that from a crash ({@link InitialAdminAccount}).
 */
@Stateless
public class AdminAccountWriter {

    @Inject
    UserAccountRepository accounts;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(String username, String passwordHash, Instant now) {
        UserAccount admin = new UserAccount(username, passwordHash, Role.admin, now);
        admin.requirePasswordChange();
        accounts.store(admin);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reset(String username, String passwordHash) {
        UserAccount admin = accounts.find(username)
                .orElseThrow(() ->
                        new IllegalStateException("reset-admin-password: there is no account '" + username + "'"));
        admin.changePasswordHash(passwordHash);
        admin.requirePasswordChange();
    }
}
