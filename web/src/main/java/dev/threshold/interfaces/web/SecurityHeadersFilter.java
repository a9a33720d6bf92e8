package dev.threshold.interfaces.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response of the application (console, REST, webhook, shared links, static files).
 * <p>
 * The Content-Security-Policy allows scripts from this server only. The console's pages are PrimeFaces pages in its
 * CSP mode ({@code primefaces.CSP} in web.xml): PrimeFaces replaces this header on them with the same policy plus a
 * per-response nonce for the scripts it writes itself; nothing else inline runs. Styles may be inline: PrimeFaces
 * positions its widgets with style attributes. HSTS only over TLS: sent over plain HTTP it would be ignored at best.
 */
// FORWARD too: the login page a protected page forwards to is served on the forward only.
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    /** web.xml's policy, one for PrimeFaces (which appends its nonce to the final script-src) and this filter. */
    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";

    static final String CSP = "Content-Security-Policy";

    private String policy;

    @Override
    public void init() throws ServletException {
        policy = getServletContext().getInitParameter(POLICY_PARAMETER);
        if (policy == null || !policy.strip().endsWith("script-src 'self'")) {
            throw new ServletException(POLICY_PARAMETER + " in web.xml must end with script-src 'self', not " + policy);
        }
        policy = policy.strip();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Full referrer within Threshold, none to other sites: a shared link's signature never leaves in a Referer.
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A policy added later (PrimeFaces' nonce policy) replaces this filter's: two policies would both apply. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
