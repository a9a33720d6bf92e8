package dev.threshold.domain.user;

import java.util.List;
import java.util.Optional;

/** Where console accounts are kept. */
public interface UserAccountRepository {

    long countWithRole(Role role);

    void store(UserAccount account);

    Optional<UserAccount> find(String username);

    /** Every account, by username. */
    List<UserAccount> all();

    void remove(UserAccount account);
}
