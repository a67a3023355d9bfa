package ca.quorum.web.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request comes from: the connection's, unless the connection is a reverse proxy named in
 * {@code QUORUM_TRUSTED_PROXIES} (comma-separated addresses), in which case the address that proxy appended last to
 * {@code X-Forwarded-For}. A header from anyone else is ignored, so it cannot be used to dodge the sign-in throttle.
 */
final class ClientAddress {

    private static final Set<String> TRUSTED = trusted(System.getenv("QUORUM_TRUSTED_PROXIES"));

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), TRUSTED);
    }

    static String of(String remote, String forwardedFor, Set<String> trusted) {
        if (remote == null || !trusted.contains(remote) || forwardedFor == null || forwardedFor.isBlank()) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? remote : last;
    }

    static Set<String> trusted(String setting) {
        return setting == null ? Set.of() : Arrays.stream(setting.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
