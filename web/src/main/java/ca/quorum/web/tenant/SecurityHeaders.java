package ca.quorum.web.tenant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Security headers on every answer; answers to a request with credentials (an {@code Authorization} header or a
 * session) are {@code Cache-Control: private, no-store}, and every answer varies by {@code Authorization} and
 * {@code Cookie}. PrimeFaces still needs inline scripts and {@code eval} for its Ajax updates, so
 * the content security policy allows them for this origin only; everything else is locked to 'self'.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
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
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
