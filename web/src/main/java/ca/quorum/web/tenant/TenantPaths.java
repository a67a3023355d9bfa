package ca.quorum.web.tenant;

import java.util.Optional;

import ca.quorum.admin.domain.Municipality;

/**
 * How a municipality appears in addresses: pages under {@code /m/{slug}/}, the API under {@code /api/m/{slug}/}.
 * The slug is resolved here once per request and nowhere else.
 */
public final class TenantPaths {

    public static final String PAGES = "/m/";
    public static final String API = "/api/m/";

    private TenantPaths() {
    }

    /** A path inside the application (without the context path) split into municipality and the rest. */
    public record Split(String slug, String rest) {
    }

    public static Optional<Split> pages(String path) {
        return split(path, PAGES);
    }

    public static Optional<Split> api(String path) {
        return split(path, API);
    }

    private static Optional<Split> split(String path, String prefix) {
        if (path == null || !path.startsWith(prefix)) {
            return Optional.empty();
        }
        String remainder = path.substring(prefix.length());
        int slash = remainder.indexOf('/');
        String slug = slash < 0 ? remainder : remainder.substring(0, slash);
        String rest = slash < 0 ? "" : remainder.substring(slash);
        if (!Municipality.SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Split(slug, rest));
    }
}
