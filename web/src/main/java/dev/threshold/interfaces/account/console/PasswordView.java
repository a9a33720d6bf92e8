package dev.threshold.interfaces.account.console;

import dev.threshold.application.account.OwnAccountService;
import dev.threshold.domain.InvalidValueException;
import dev.threshold.interfaces.console.Messages;
import dev.threshold.interfaces.session.AccountGateFilter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The page where a signed-in person chooses their own password; the only page an account with a generated password
 * (the first admin) can reach until it has done so. The session stays signed in on the new password.
 */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    OwnAccountService ownAccount;

    @Inject
    ExternalContext external;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    public boolean isRequired() {
        return ownAccount
                .sessionGrant(external.getRemoteUser())
                .map(g -> g.mustChangePassword())
                .orElse(false);
    }

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            Messages.error("password:repeatedPassword", "The two new passwords differ");
            return;
        }
        try {
            String fingerprint = ownAccount.changeOwnPassword(external.getRemoteUser(), currentPassword, newPassword);
            AccountGateFilter.regrant((HttpServletRequest) external.getRequest(), fingerprint);
            external.getFlash().setKeepMessages(true);
            Messages.info("Your new password is set.");
            external.redirect(external.getRequestContextPath() + "/ui/home.xhtml");
        } catch (InvalidValueException e) {
            Messages.refused("password", e);
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
