package dev.threshold.application.account;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.audit.AuditTrail;
import dev.threshold.application.audit.AuditValues;
import dev.threshold.application.audit.AuditedState;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.domain.user.PasswordRules;
import dev.threshold.domain.user.Role;
import dev.threshold.domain.user.Roles;
import dev.threshold.domain.user.UserAccount;
import dev.threshold.domain.user.UserAccountRepository;
import dev.threshold.infrastructure.security.PasswordHashing;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Console accounts, managed by admins: create one with a role and a first password, change its role or password,
 * remove it. There is always an admin left, and nobody removes or demotes themselves (no locking oneself out).
 * Passwords are kept only as bcrypt hashes and never logged.
 */
@Stateless
public class UserAccountService {

    public static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_CHARACTERS;
    private static final Logger LOG = Logger.getLogger(UserAccountService.class.getName());

    @Inject
    UserAccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @RolesAllowed(Roles.ADMIN)
    public List<AccountView> accounts() {
        return accounts.all().stream().map(AccountView::of).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public AccountView createAccount(String username, String role, String password, String actingAdmin) {
        String name = username == null ? "" : username.strip();
        if (!name.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new InvalidValueException("username", "A username is 1 to 64 letters, digits or . _ @ -");
        }
        if (accounts.find(name).isPresent()) {
            throw new InvalidValueException("username", "There is already an account named " + name);
        }
        UserAccount account =
                new UserAccount(name, PasswordHashing.hash(checkedPassword(password)), roleOf(role), clock.instant());
        accounts.store(account);
        audit.record(actingAdmin, "account.created", "user/" + name, null, AuditedState.account(account));
        LOG.info(() -> actingAdmin + " created the " + account.role() + " account " + name);
        return AccountView.of(account);
    }

    /** @return empty if there is no such account */
    @RolesAllowed(Roles.ADMIN)
    public Optional<AccountView> changeAccount(String username, String role, String password, String actingAdmin) {
        Optional<UserAccount> found = accounts.find(username);
        found.ifPresent(account -> {
            if (role != null) {
                Role newRole = roleOf(role);
                if (newRole != account.role()) {
                    if (account.role() == Role.admin) {
                        requireAnotherAdmin(account, actingAdmin, "made an operator");
                    }
                    JsonObject before = AuditedState.account(account);
                    account.changeRole(newRole);
                    audit.record(
                            actingAdmin,
                            "account.role-changed",
                            "user/" + username,
                            before,
                            AuditedState.account(account));
                    LOG.info(() -> actingAdmin + " made " + username + " " + newRole);
                }
            }
            if (password != null) {
                account.changePasswordHash(PasswordHashing.hash(checkedPassword(password)));
                audit.record(
                        actingAdmin,
                        "account.password-changed",
                        "user/" + username,
                        null,
                        JSON.createObjectBuilder()
                                .add("password", AuditValues.CHANGED)
                                .build());
                LOG.info(() -> actingAdmin + " set a new password for " + username);
            }
        });
        return found.map(AccountView::of);
    }

    /** @return false if there was no such account */
    @RolesAllowed(Roles.ADMIN)
    public boolean removeAccount(String username, String actingAdmin) {
        Optional<UserAccount> found = accounts.find(username);
        found.ifPresent(account -> {
            if (account.username().equals(actingAdmin)) {
                throw new InvalidValueException("username", "You cannot remove your own account; another admin can.");
            }
            if (account.role() == Role.admin) {
                requireAnotherAdmin(account, actingAdmin, "removed");
            }
            accounts.remove(account);
            audit.record(actingAdmin, "account.removed", "user/" + username, AuditedState.account(account), null);
            LOG.info(() -> actingAdmin + " removed the account " + username);
        });
        return found.isPresent();
    }

    private void requireAnotherAdmin(UserAccount account, String actingAdmin, String what) {
        if (account.username().equals(actingAdmin)) {
            throw new InvalidValueException("role", "You cannot take the admin role from yourself; another admin can.");
        }
        if (accounts.countWithRole(Role.admin) <= 1) {
            throw new InvalidValueException(
                    "role",
                    account.username() + " is the last admin and cannot be " + what
                            + ": Threshold would have nobody to manage it.");
        }
    }

    private static Role roleOf(String role) {
        try {
            return Role.valueOf(role == null ? "" : role.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("role", "The role is admin or operator");
        }
    }

    private static String checkedPassword(String password) {
        return PasswordRules.checked(password);
    }
}
