package dev.threshold.interfaces.account.console;

import dev.threshold.application.account.AccountView;
import dev.threshold.application.account.UserAccountService;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.interfaces.console.Messages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The admin's Users page: accounts and their roles; add an account with a first password, make someone admin or
 * operator, set a new password, remove an account. Refusals (the last admin, oneself, a short password) in words.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAccountService users;

    @Inject
    transient ExternalContext external;

    private List<AccountView> accounts = List.of();
    private String username;
    private String role = "operator";
    private String password;

    public void load() {
        accounts = users.accounts();
    }

    public void create() {
        try {
            AccountView created = users.createAccount(username, role, password, me());
            Messages.info("Account " + created.username() + " created (" + created.role() + "). Give them the "
                    + "password by another way than e-mail.");
            username = null;
            password = null;
            role = "operator";
        } catch (InvalidValueException e) {
            Messages.refused("newUser", e);
        }
        load();
    }

    public void makeRole(String account, String newRole) {
        try {
            users.changeAccount(account, newRole, null, me());
            Messages.info(account + " is now " + newRole + ".");
        } catch (InvalidValueException e) {
            Messages.error(null, e.getMessage());
        }
        load();
    }

    public void remove(String account) {
        try {
            users.removeAccount(account, me());
            Messages.info("Account " + account + " removed.");
        } catch (InvalidValueException e) {
            Messages.error(null, e.getMessage());
        }
        load();
    }

    public boolean isMe(String account) {
        return account.equals(me());
    }

    private String me() {
        return external.getRemoteUser();
    }

    public List<AccountView> getAccounts() {
        return accounts;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
