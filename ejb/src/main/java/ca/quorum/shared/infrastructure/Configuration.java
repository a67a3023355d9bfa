package ca.quorum.shared.infrastructure;

import java.util.Optional;

/**
 * Configuration comes from environment variables only (with system properties of the same name as a fallback for
 * embedded use). Every variable is listed in README.md.
 */
public final class Configuration {

    private Configuration() {
    }

    public static Optional<String> get(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    public static String get(String name, String fallback) {
        return get(name).orElse(fallback);
    }

    public static boolean flag(String name, boolean fallback) {
        return get(name).map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                .orElse(fallback);
    }
}
