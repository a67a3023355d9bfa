package ca.quorum.web.tenant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every answer; answers to a request with credentials (an {@code Authorization} header or a
 * session) are {@code Cache-Control: private, no-store}, and every answer varies by {@code Authorization} and
 * {@code Cookie}. The content security policy never allows inline scripts or {@code eval}: pages get theirs from
 * PrimeFaces' CSP mode ({@code primefaces.CSP_POLICY} in {@code web.xml}: the same policy plus a fresh nonce for the
 * page's own scripts, violations reported to {@code /csp-report}); every other answer gets {@link #CSP}.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'; report-uri /csp-report";

    private SecurityHeaders() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!page(path)) {
            response.setHeader("Content-Security-Policy", CSP);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        // the same URL answers a public or a complete version depending on who asks: shared caches must tell
        // them apart, and nothing read with credentials may be kept by any cache (closed material)
        response.setHeader("Vary", "Authorization, Cookie");
        if (request.getHeader("Authorization") != null || request.getSession(false) != null) {
            response.setHeader("Cache-Control", "private, no-store");
        }
        if (ca.quorum.web.security.ClientAddress.secure(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /** Whether the answer is a page, whose policy (with its nonce) PrimeFaces sets while rendering it. */
    static boolean page(String path) {
        return path.isEmpty() || path.equals("/") || path.startsWith(TenantPaths.PAGES);
    }
}
