package com.cloudmarket.marketplace.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Security headers on every response of the consoles.
 * <p>
 * The Content-Security-Policy has one definition, the {@code primefaces.CSP_POLICY} context parameter: on Faces pages
 * PrimeFaces sends it with a per-view script nonce appended (so no 'unsafe-inline' or 'unsafe-eval' for scripts), and
 * this filter sends the same policy without a nonce on everything else (resources, static files). Sending both on a Faces
 * page would enforce the nonce-less one too and block the page's own scripts.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY_PARAMETER = "primefaces.CSP_POLICY";
    /** Used only if web.xml lost its policy: never serve a response without one. */
    static final String FALLBACK_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; script-src 'self'";
    private static final String RESOURCE_PREFIX = "/jakarta.faces.resource/";
    private static final long serialVersionUID = 1L;

    private String policy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        String configured = config.getServletContext().getInitParameter(POLICY_PARAMETER);
        policy = configured == null || configured.isBlank() ? FALLBACK_POLICY : configured.strip();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        // frame-ancestors for current browsers, X-Frame-Options for older ones
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        if (!isFacesPage(request)) {
            response.setHeader("Content-Security-Policy", policy);
        } else {
            // pages show account data: keep them out of shared caches and the back button after logout
            response.setHeader("Cache-Control", "no-store");
            if (request.getDispatcherType() == DispatcherType.ERROR) {
                // the error page of a missing resource would otherwise carry that resource's nonce-less policy as well;
                // replace it with one that only repeats what PrimeFaces' policy says anyway
                response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
            }
        }
        chain.doFilter(request, response);
    }

    static boolean isFacesPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return path != null && path.endsWith(".xhtml") && !path.startsWith(RESOURCE_PREFIX);
    }
}
