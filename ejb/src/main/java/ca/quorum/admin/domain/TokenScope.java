package ca.quorum.admin.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a personal API token may do (OWASP ASVS 5.0 V8.2: least privilege for machine credentials): {@link #READ}
 * tokens only read ({@code GET}, {@code HEAD}, {@code OPTIONS}); {@link #WRITE} tokens also write, with the roles of
 * their owner either way.
 */
public enum TokenScope {
    READ, WRITE;

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /** Whether a request with this HTTP method may be made with a token of this scope. */
    public boolean permits(String httpMethod) {
        return this == WRITE || httpMethod != null && READS.contains(httpMethod.toUpperCase(Locale.ROOT));
    }

    /** The scope named {@code read} or {@code write} (any case). */
    public static Optional<TokenScope> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.strip().toUpperCase(Locale.ROOT)) {
            case "READ" -> Optional.of(READ);
            case "WRITE" -> Optional.of(WRITE);
            default -> Optional.empty();
        };
    }
}
