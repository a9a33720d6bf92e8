package dev.threshold.interfaces.console;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * Where a person lands in the console. {@code /ui/} (the address the README gives) and {@code /ui} show the home page
 * (the Faces servlet would answer them with an empty page). And after signing in, the page they asked for or the home
 * page, never a blank page or a resource: when the sign-in form is shown, the address WildFly (Undertow) saved to
 * return to after sign-in is kept only if it is a console page; a favicon, a script, a Faces resource or nothing at
 * all (the sign-in page opened directly) become the home page.
 */
@WebFilter(urlPatterns = {"/ui", "/ui/", "/ui/login.xhtml"},
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class ConsoleLanding extends HttpFilter {

    /** The console's home page, below the context root. */
    static final String HOME = "/ui/home.xhtml";
    /**
     * The session attribute in which Undertow's form authentication keeps the address to return to after sign-in
     * (io.undertow.servlet.handlers.security.ServletFormAuthenticationMechanism.SESSION_KEY).
     */
    static final String SAVED_LOCATION = "io.undertow.servlet.form.auth.redirect.location";
    /** A console page: an .xhtml under /ui/ other than the sign-in page, with its query if any. */
    private static final Pattern CONSOLE_PAGE = Pattern.compile("/ui/(?!login\\.xhtml)[a-z][a-z0-9-]*\\.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals("/ui") || path.equals("/ui/")) {
            response.sendRedirect(request.getContextPath() + HOME);
            return;
        }
        keepOnlyConsolePages(request);
        chain.doFilter(request, response);
    }

    /** The sign-in form is being shown: what it will return to is a console page. */
    private static void keepOnlyConsolePages(HttpServletRequest request) {
        var session = request.getSession(true);
        Object saved = session.getAttribute(SAVED_LOCATION);
        if (!(saved instanceof String location) || !isConsolePage(location, request.getContextPath())) {
            session.setAttribute(SAVED_LOCATION, request.getContextPath() + HOME);
        }
    }

    /** Whether an absolute or server-relative address is a console page of this application. */
    static boolean isConsolePage(String location, String contextPath) {
        String path;
        try {
            path = URI.create(location).getRawPath();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (path == null || !path.startsWith(contextPath)) {
            return false;
        }
        return CONSOLE_PAGE.matcher(path.substring(contextPath.length())).matches();
    }
}
