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
 * (the Faces servlet would answer them with an empty page). And a page opened in the browser's window (a top-level
 * navigation, {@code Sec-Fetch-Mode: navigate}) under {@code /ui/} that is not a console page — a favicon, a script, a
 * Faces resource, which is where the sign-in returns to when that is what was asked for first — leads to the home page
 * too, so that nobody lands on a blank page or a resource after signing in. A page's own requests for its resources
 * are not navigations and are served as ever. A sign-in from the sign-in page opened by itself, with no page to
 * return to, that WildFly lets through to {@code /j_security_check} also goes to the home page. (The address the sign-in returns to is kept by WildFly's form
 * authentication in session attributes an application may not touch: the landing is put right after it.)
 */
@WebFilter(
        urlPatterns = {"/ui", "/ui/", "/ui/*", "/j_security_check"},
        dispatcherTypes = DispatcherType.REQUEST)
public class ConsoleLanding extends HttpFilter {

    /** The console's home page, below the context root. */
    static final String HOME = "/ui/home.xhtml";

    private static final String SIGN_IN = "/ui/login.xhtml";
    /** A console page: an .xhtml under /ui/ other than the sign-in page, with its query if any. */
    private static final Pattern CONSOLE_PAGE = Pattern.compile("/ui/(?!login\\.xhtml)[a-z][a-z0-9-]*\\.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean signedInWithNowhereToReturn = path.equals("/j_security_check") && request.getRemoteUser() != null;
        if (signedInWithNowhereToReturn
                || path.equals("/ui")
                || path.equals("/ui/")
                || (isNavigation(request)
                        && !path.equals(SIGN_IN)
                        && !CONSOLE_PAGE.matcher(path).matches())) {
            response.sendRedirect(request.getContextPath() + HOME);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The browser opens this address as the page of its window (not a page's image, script or style). */
    private static boolean isNavigation(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && "navigate".equals(request.getHeader("Sec-Fetch-Mode"))
                && "document".equals(request.getHeader("Sec-Fetch-Dest"));
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
