package dev.threshold.interfaces.audit.http;

import dev.threshold.application.audit.AuditOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;

/**
 * Tells the audit trail who sends this request and from which address, for as long as it runs: the services it calls
 * record changes as this account's, from this address ({@link AuditOrigin}). The address is the connection's peer
 * (behind a proxy, the proxy's unless the listener is set to take X-Forwarded-For).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AuditOriginFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        AuditOrigin.enter(user == null ? null : user.getName(), request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            AuditOrigin.leave();
        }
    }
}
