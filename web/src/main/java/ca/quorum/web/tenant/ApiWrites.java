package ca.quorum.web.tenant;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What every write to the API must show (OWASP ASVS 5.0 V3.5, cross-site request forgery): a JSON or PDF body
 * ({@code Content-Type}, even when there is no body), which a page of another site cannot send without the
 * preflight this API never grants; when it relies on the page session's cookie rather than an
 * {@code Authorization} header, proof that it comes from this site ({@code Sec-Fetch-Site: same-origin}, or an
 * {@code Origin} equal to the address asked); and, when a browser says it comes from another site, a bearer token
 * (which, unlike cookies and cached Basic credentials, a browser never adds by itself).
 */
final class ApiWrites {

    /** A refused write: the HTTP status and the reason. */
    record Refusal(int status, String reason) {
    }

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> BODIES = Set.of("application/json", "application/pdf",
            "application/octet-stream");

    private ApiWrites() {
    }

    /** Why this request may not write, or null when it may (or is not a write). */
    static Refusal check(HttpServletRequest request) {
        if (!WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return null;
        }
        String type = request.getContentType();
        String media = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!BODIES.contains(media)) {
            return new Refusal(415, "Send the request as JSON (Content-Type: application/json), or a PDF where a "
                    + "PDF is asked for; this applies to requests without a body too.");
        }
        String authorization = request.getHeader("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (authorization == null && request.getRequestedSessionId() != null && !sameOrigin(request)) {
            return new Refusal(403, "A write with the page session's cookie must come from this site.");
        }
        // a browser attaches cached Basic credentials by itself; a bearer token only when a script of ours adds it
        String site = request.getHeader("Sec-Fetch-Site");
        if (!bearer && site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return new Refusal(403, "A write from another site must carry an API token (Authorization: Bearer).");
        }
        return null;
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equalsIgnoreCase("same-origin");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || request.getHeader("Host") == null) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            return from.getScheme() != null && from.getScheme().equalsIgnoreCase(request.getScheme())
                    && (from.getAuthority() == null ? "" : from.getAuthority())
                            .equalsIgnoreCase(request.getHeader("Host"));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
