package dev.threshold.interfaces.http;

import static dev.threshold.json.JsonApi.JSON;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Refuses, before any page or resource runs, a request whose path is spelled so that the router and an access rule
 * could read it differently ({@link PathTricks}: 400), one that asks to be taken for another method
 * ({@code X-HTTP-Method-Override} and its kin: 400, so a GET never becomes a write), and {@code OPTIONS}/{@code TRACE}
 * (405: Threshold serves no cross-origin callers, and RESTEasy would list a route's methods to anyone).
 * <p>
 * For every path, not only {@code /api} and {@code /ui}: no Threshold URL needs these spellings, and deciding which
 * requests are "under /api" from a path that may be spelled {@code /API}, {@code //api} or {@code /%61pi} would be the
 * very string test this filter exists to avoid. It reads the raw request URI, never a decoded or normalised path.
 */
@WebFilter(filterName = "RequestShapeFilter", urlPatterns = "/*", asyncSupported = true)
public class RequestShapeFilter extends HttpFilter {

    private static final List<String> METHOD_OVERRIDES =
            List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> trick = PathTricks.in(request.getRequestURI());
        if (trick.isPresent()) {
            refuse(response, 400, "Bad Request", "Refused: " + trick.get() + ". Send the plain path.");
            return;
        }
        for (String header : METHOD_OVERRIDES) {
            if (request.getHeader(header) != null) {
                refuse(
                        response,
                        400,
                        "Bad Request",
                        "Refused: " + header + " is not supported; send the request with its own method");
                return;
            }
        }
        String method = request.getMethod();
        if (method.equals("OPTIONS") || method.equals("TRACE")) {
            response.setHeader("Allow", "GET, HEAD, POST, PUT, DELETE");
            refuse(response, 405, "Method Not Allowed", method + " is not served");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build()
                .toString();
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
