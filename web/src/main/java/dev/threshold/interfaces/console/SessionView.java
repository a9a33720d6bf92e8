package dev.threshold.interfaces.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Who is signed in, and signing out. */
@Named
@RequestScoped
public class SessionView {

    @Inject
    ExternalContext external;

    @Inject
    FacesContext faces;

    public String getUsername() {
        return external.getRemoteUser();
    }

    public boolean isAdmin() {
        return external.isUserInRole("admin");
    }

    public String getRole() {
        return isAdmin() ? "admin" : "operator";
    }

    public void logout() throws ServletException, IOException {
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/ui/home.xhtml");
        faces.responseComplete();
    }
}
