package ca.quorum.admin.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a signed-in page session lasts (OWASP ASVS 5.0 V7.3): it ends after {@code 30} idle minutes (the container's
 * session timeout) and, however busy, {@value #DEFAULT_HOURS} hours after the password was entered (the absolute
 * lifetime, {@code QUORUM_SESSION_MAX_HOURS}); it also ends when the user's roles change, the account is disabled or
 * the password is reset ({@link UserAccount#credentialsEpoch()}).
 */
public final class SessionLifetime {

    public static final int DEFAULT_HOURS = 12;

    private SessionLifetime() {
    }

    /** Whether a session that began at {@code signedInAt} has outlived {@code maxHours} at {@code now}. */
    public static boolean expired(Instant signedInAt, Instant now, int maxHours) {
        return expired(signedInAt, now, Duration.ofHours(Math.max(1, maxHours)));
    }

    /**
     * Whether a session that began at {@code signedInAt} has outlived {@code lifetime} at {@code now} (at least one
     * minute; {@code QUORUM_SESSION_MAX_MINUTES} sets it in minutes, for installations that want it short).
     */
    public static boolean expired(Instant signedInAt, Instant now, Duration lifetime) {
        Duration bounded = lifetime == null || lifetime.compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1)
                : lifetime;
        return signedInAt == null || !now.isBefore(signedInAt.plus(bounded));
    }

    /** Whether a session begun in credentials epoch {@code sessionEpoch} is still good for this account. */
    public static boolean current(int sessionEpoch, boolean enabled, int accountEpoch) {
        return enabled && sessionEpoch == accountEpoch;
    }
}
