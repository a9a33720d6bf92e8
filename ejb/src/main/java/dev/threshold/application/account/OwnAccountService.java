package dev.threshold.application.account;

import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.user.PasswordRules;
import dev.threshold.domain.user.UserAccount;
import dev.threshold.domain.user.UserAccountRepository;
import dev.threshold.infrastructure.security.PasswordHashing;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What every signed-in person may do with their own account: be checked on each request (is the account still there,
 * with the password and role the session was opened with? must its password be changed first?) and change their own
 * password, knowing the current one.
 */
@Stateless
public class OwnAccountService {

    private static final Logger LOG = Logger.getLogger(OwnAccountService.class.getName());

    @Inject
    UserAccountRepository accounts;

    /** @return empty when the account no longer exists */
    public Optional<SessionGrant> sessionGrant(String username) {
        return accounts.find(username).map(a -> new SessionGrant(a.sessionFingerprint(), a.mustChangePassword()));
    }

    /**
     * Replaces the caller's password after checking the current one (bcrypt, as at sign-in).
     *
     * @return the account's new session fingerprint, for the session the change was made from
     */
    public String changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = accounts.find(username)
                .orElseThrow(() -> new InvalidValueException(null, "There is no account named " + username));
        if (currentPassword == null || !PasswordHashing.matches(currentPassword, account.passwordHash())) {
            throw new InvalidValueException("currentPassword", "The current password is wrong");
        }
        try {
            PasswordRules.checked(newPassword);
        } catch (InvalidValueException refused) {
            throw new InvalidValueException("newPassword", refused.getMessage());
        }
        if (newPassword.equals(currentPassword)) {
            throw new InvalidValueException("newPassword", "Choose a password other than the current one");
        }
        account.changeOwnPasswordHash(PasswordHashing.hash(newPassword));
        LOG.info(() -> username + " chose a new password");
        return account.sessionFingerprint();
    }
}
