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
public final class ClientAddress {

    private static final Set<String> TRUSTED = trusted(
            ca.quorum.shared.infrastructure.Configuration.get("QUORUM_TRUSTED_PROXIES").orElse(null));

    private ClientAddress() {
    }

    /**
     * Whether the request reached us over TLS: on the HTTPS listener itself, or through a reverse proxy named in
     * {@code QUORUM_TRUSTED_PROXIES} that says so with {@code X-Forwarded-Proto: https} (anyone else's header is
     * ignored).
     */
    public static boolean secure(HttpServletRequest request) {
        return secure(request.isSecure(), request.getRemoteAddr(), request.getHeader("X-Forwarded-Proto"), TRUSTED);
    }

    static boolean secure(boolean direct, String remote, String forwardedProto, Set<String> trusted) {
        if (direct) {
            return true;
        }
        if (remote == null || !trusted.contains(remote) || forwardedProto == null) {
            return false;
        }
        String[] hops = forwardedProto.split(",");
        return hops[hops.length - 1].strip().equalsIgnoreCase("https");
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
