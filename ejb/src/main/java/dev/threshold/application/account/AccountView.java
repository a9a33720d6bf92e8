package dev.threshold.application.account;

import dev.threshold.domain.user.UserAccount;
import java.time.Instant;

/** A console account as admins see it: never its password hash. */
public record AccountView(String username, String role, Instant createdAt) {

    static AccountView of(UserAccount account) {
        return new AccountView(account.username(), account.role().name(), account.createdAt());
    }
}
