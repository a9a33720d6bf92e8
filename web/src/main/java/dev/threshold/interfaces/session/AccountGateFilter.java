package dev.threshold.interfaces.session;

import static dev.threshold.json.JsonApi.JSON;

import dev.threshold.application.account.OwnAccountService;
import dev.threshold.application.account.SessionGrant;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;

/**
 * Every signed-in request to the console or the REST API, checked against the account as the database has it now
 * (one primary-key read): Elytron keeps a console session's identity for the session's life, so without this a
 * removed account, a demoted admin or a reset password would keep their session until it timed out.
 * <ul>
 * <li>The session remembers the account's fingerprint (password hash and role, hashed) from its first request; when
 * the account is gone or its fingerprint differs, the session is ended: the console redirects to sign-in, the REST API
 * answers 401 problem+json. HTTP Basic requests carry no session: the realm checks their password and role each
 * time.</li>
 * <li>An account that must choose a new password (the generated first admin password) gets only the page and the route
 * that change it: other console pages redirect there, other REST routes answer 403 problem+json saying so.</li>
 * </ul>
 */
@WebFilter(urlPatterns = {"/ui/*", "/api/*"})
public class AccountGateFilter extends HttpFilter {

    /** The session attribute: "username:fingerprint" of the account the session was opened for. */
    static final String GRANTED = "threshold.session.grant";

    static final String PASSWORD_PAGE = "/ui/password.xhtml";
    static final String PASSWORD_ROUTE = "/api/account/password";

    /** What an account that must change its password may still reach. */
    private static final Set<String> OPEN_WHILE_CHANGING =
            Set.of(PASSWORD_PAGE, PASSWORD_ROUTE, "/api/account", "/ui/login.xhtml");

    @Inject
    OwnAccountService ownAccount;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        Optional<SessionGrant> grant = ownAccount.sessionGrant(user.getName());
        HttpSession session = request.getSession(false);
        if (grant.isEmpty()) {
            end(request, response, api, "Your account was removed");
            return;
        }
        if (session != null) {
            String current = user.getName() + ":" + grant.get().fingerprint();
            Object granted = session.getAttribute(GRANTED);
            if (granted == null) {
                session.setAttribute(GRANTED, current);
            } else if (!granted.equals(current)) {
                end(request, response, api, "Your session ended: the account's password or role was changed");
                return;
            }
        }
        if (grant.get().mustChangePassword()
                && !OPEN_WHILE_CHANGING.contains(path)
                && !path.startsWith("/ui/jakarta.faces.resource/")) {
            if (api) {
                problem(
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        "Forbidden",
                        "Choose a new password first: "
                                + "PUT " + PASSWORD_ROUTE
                                + " {\"currentPassword\",\"newPassword\"}. The password of this "
                                + "account was generated for it and must be replaced before anything else.");
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Records, for the session a person changed their own password from, that it stands on the new password. */
    public static void regrant(HttpServletRequest request, String fingerprint) {
        HttpSession session = request.getSession(false);
        if (session != null && request.getUserPrincipal() != null) {
            session.setAttribute(GRANTED, request.getUserPrincipal().getName() + ":" + fingerprint);
        }
    }

    private static void end(HttpServletRequest request, HttpServletResponse response, boolean api, String why)
            throws IOException, ServletException {
        request.logout(); // first, as signing out does: it clears the identity the session holds
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (api) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Threshold\"");
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", why + "; sign in again");
        } else {
            response.sendRedirect(request.getContextPath() + "/ui/home.xhtml");
        }
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json"); // as every problem answer, without a charset (UTF-8)
        response.getOutputStream()
                .write(JSON.createObjectBuilder()
                        .add("type", "about:blank")
                        .add("title", title)
                        .add("status", status)
                        .add("detail", detail)
                        .build()
                        .toString()
                        .getBytes(StandardCharsets.UTF_8));
    }
}
