package ca.quorum.web.tenant;

import java.util.Optional;

import ca.quorum.shared.infrastructure.Configuration;

/**
 * HTTPS (OWASP ASVS 5.0 V12.2): when {@code QUORUM_REQUIRE_HTTPS} is {@code true}, a request that did not come over
 * TLS (directly, or through a trusted proxy's {@code X-Forwarded-Proto}) is redirected to the same address over
 * HTTPS ({@code QUORUM_HTTPS_PORT}, 443 unless set), except {@code /health}, which monitors ask over plain HTTP on
 * the inside. Answers over TLS carry {@code Strict-Transport-Security} ({@link SecurityHeaders}).
 */
public final class Transport {

    static final boolean REQUIRE_HTTPS = Configuration.flag("QUORUM_REQUIRE_HTTPS", false);
    static final int HTTPS_PORT = port(Configuration.get("QUORUM_HTTPS_PORT").orElse(null));

    /** Whether the session cookie carries {@code Secure}: {@code QUORUM_SECURE_COOKIES}, else as HTTPS is required. */
    static final boolean SECURE_COOKIES = Configuration.flag("QUORUM_SECURE_COOKIES", REQUIRE_HTTPS);

    private Transport() {
    }

    /** Where to send a request that should have come over HTTPS; empty when it may be answered as it is. */
    public static Optional<String> redirect(boolean secure, boolean requireHttps, String host, int httpsPort,
            String path, String query) {
        if (secure || !requireHttps || path.equals("/health") || host == null || host.isBlank()) {
            return Optional.empty();
        }
        String name = host.strip();
        if (name.startsWith("[")) {
            name = name.substring(0, name.indexOf(']') + 1);
        } else if (name.contains(":")) {
            name = name.substring(0, name.indexOf(':'));
        }
        if (!name.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
            return Optional.empty(); // a Host header we would not put into a Location
        }
        return Optional.of("https://" + name + (httpsPort == 443 ? "" : ":" + httpsPort) + path
                + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    private static int port(String setting) {
        try {
            int port = setting == null ? 443 : Integer.parseInt(setting.strip());
            return port > 0 && port < 65536 ? port : 443;
        } catch (NumberFormatException e) {
            return 443;
        }
    }
}
