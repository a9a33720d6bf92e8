package dev.threshold.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses cross-site writes to the REST API made on the strength of the console's session cookie: a page of another
 * site that makes a signed-in admin's browser POST to {@code /api/...} gets 403 before anything runs.
 * <p>
 * A write (POST, PUT, PATCH, DELETE) that carries a session cookie and no {@code Authorization} header must come from
 * this server's own pages: its {@code Origin} (or, where a browser sends none, its {@code Referer}) names the host the
 * request was sent to, or it carries {@code X-Requested-With}, a header no other site can make a browser send here
 * (it would need a CORS preflight, which Threshold never grants). API clients with HTTP Basic are not concerned: a
 * browser never adds those credentials to a cross-site request on its own. The session cookie is also
 * {@code SameSite=Strict} (WEB-INF/undertow-handlers.conf); this check holds where a browser ignores that.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class CrossSiteWriteFilter extends HttpFilter {

    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (refused(request)) {
            byte[] body = ("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":"
                            + "\"A change through the session of the console must come from the console's own pages "
                            + "(Origin of this server or X-Requested-With); API clients sign in with HTTP Basic\"}")
                    .getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        chain.doFilter(request, response);
    }

    boolean refused(HttpServletRequest request) {
        if (!WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT))
                || request.getHeader("Authorization") != null
                || !hasSessionCookie(request)
                || request.getHeader("X-Requested-With") != null) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            origin = request.getHeader("Referer");
        }
        return !sameHost(origin, request.getHeader("Host"));
    }

    private boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        String name = request.getServletContext().getSessionCookieConfig().getName();
        String sessionCookie = name == null ? "JSESSIONID" : name;
        return cookies != null && Arrays.stream(cookies).anyMatch(c -> sessionCookie.equalsIgnoreCase(c.getName()));
    }

    /** True when the origin (or referrer) URL names the host and port the request was addressed to. */
    static boolean sameHost(String originOrReferer, String host) {
        if (originOrReferer == null || host == null || originOrReferer.equals("null")) {
            return false;
        }
        try {
            URI uri = URI.create(originOrReferer.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            // The Host header carries no scheme: both sides take the origin's default port when they name none.
            int defaultPort = uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            URI target = URI.create(uri.getScheme() + "://" + host.strip());
            return uri.getHost().equalsIgnoreCase(target.getHost())
                    && (uri.getPort() == -1 ? defaultPort : uri.getPort())
                            == (target.getPort() == -1 ? defaultPort : target.getPort());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
