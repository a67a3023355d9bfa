package ca.quorum.shared.tenant;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The municipality the current thread works for. The web layer sets it once per request from the path; background
 * work sets it explicitly with {@link #callAs}. Outside either, no tenant is current and tenant-owned data is
 * invisible.
 */
public final class TenantContext {

    /** What the persistence layer sees when no municipality is current: matches no row. */
    public static final String NONE = "-";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current municipality's slug; refuses when none is set. */
    public static String require() {
        String slug = CURRENT.get();
        if (slug == null) {
            throw new IllegalStateException("no municipality is current for this unit of work");
        }
        return slug;
    }

    /** Sets the current municipality for the rest of this thread's request; pair with {@link #clear()}. */
    public static void set(String slug) {
        CURRENT.set(slug);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** Runs {@code work} as municipality {@code slug}, restoring whatever was current before. */
    public static <T> T callAs(String slug, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(slug);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(String slug, Runnable work) {
        callAs(slug, () -> {
            work.run();
            return null;
        });
    }
}
