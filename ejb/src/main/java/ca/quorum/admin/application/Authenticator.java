package ca.quorum.admin.application;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Role;
import ca.quorum.admin.domain.SessionLifetime;
import ca.quorum.admin.domain.SignInThrottle;
import ca.quorum.admin.domain.UserAccount;
import ca.quorum.admin.domain.UserAccountRepository;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Checks a user name and password in one municipality. Unknown names and wrong passwords take the same time. Wrong
 * passwords are counted per account and client address and slow that address down, then lock it out for a while
 * ({@link SignInThrottle}); while locked, no password is checked at all. Failures and locks are audited (never the
 * password); so are interactive sign-ins, which the user is shown the next time.
 */
@Stateless
@PermitAll
public class Authenticator {

    /** How a sign-in ended. */
    public sealed interface SignIn {
    }

    /** The password matched. */
    public record Accepted(SignedInUser user) implements SignIn {
    }

    /** The name or the password was not accepted. */
    public record Refused() implements SignIn {
    }

    /** Too many recent failures: try again after {@code retryAfter}; nothing was checked. */
    public record Locked(Duration retryAfter) implements SignIn {
    }

    /**
     * The absolute session lifetime: {@code QUORUM_SESSION_MAX_MINUTES} when set, else {@code QUORUM_SESSION_MAX_HOURS}
     * (12 unless set to a whole number of hours).
     */
    static final Duration SESSION_MAX = ca.quorum.shared.infrastructure.Configuration.get("QUORUM_SESSION_MAX_MINUTES")
            .filter(v -> v.strip().matches("[1-9][0-9]{0,5}")).map(v -> Duration.ofMinutes(Long.parseLong(v.strip())))
            .orElseGet(() -> Duration.ofHours(ca.quorum.shared.infrastructure.Configuration.get(
                    "QUORUM_SESSION_MAX_HOURS").filter(v -> v.strip().matches("[1-9][0-9]{0,3}"))
                    .map(v -> Integer.parseInt(v.strip())).orElse(SessionLifetime.DEFAULT_HOURS)));

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHashing passwords;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    /** Checks a name and password without a client address (tests and internal callers). */
    public Optional<SignedInUser> authenticate(String municipality, String username, String password) {
        return signIn(municipality, username, password, "internal", false) instanceof Accepted accepted
                ? Optional.of(accepted.user()) : Optional.empty();
    }

    /**
     * Signs a user in from a client address. {@code interactive} sign-ins (the sign-in page) are audited and remembered
     * as the user's last sign-in; per-request credentials (HTTP Basic) are not, except when they fail.
     */
    public SignIn signIn(String municipality, String username, String password, String address,
            boolean interactive) {
        if (municipality == null || username == null || password == null || password.length() > 1024) {
            return new Refused();
        }
        String name = clip(username.strip().toLowerCase(java.util.Locale.ROOT), 80);
        String from = clip(address == null ? "unknown" : address, 64);
        return TenantContext.callAs(municipality, () -> {
            if (em.find(ca.quorum.admin.domain.Municipality.class, municipality) == null) {
                passwords.verifyDecoy(password); // an address of no municipality: refused, in the usual time
                return new Refused();
            }
            Instant now = Instant.now();
            Attempts attempts = attempts(municipality, name, from, now);
            Optional<Duration> wait = SignInThrottle.wait(attempts.fromAddress(), attempts.onAccount(),
                    attempts.lastFailure(), now);
            if (wait.isPresent()) {
                return new Locked(wait.get());
            }
            Optional<UserAccount> account = users.findByUsername(name);
            boolean accepted;
            if (account.isEmpty()) {
                passwords.verifyDecoy(password);
                accepted = false;
            } else {
                accepted = passwords.matches(password, account.get().passwordHash()) && account.get().enabled();
            }
            if (!accepted) {
                int failures = fail(municipality, name, from, now);
                audit.recordAs(AuditLog.SYSTEM, "SignInFailed", "user", name, Map.of("address", from,
                        "failures", failures));
                if (failures == SignInThrottle.ADDRESS_LOCK
                        || attempts.onAccount() + 1 == SignInThrottle.ACCOUNT_LOCK) {
                    audit.recordAs(AuditLog.SYSTEM, "SignInLocked", "user", name, Map.of("address", from,
                            "minutes", SignInThrottle.LOCK_MINUTES, "accountWide",
                            attempts.onAccount() + 1 >= SignInThrottle.ACCOUNT_LOCK));
                }
                return new Refused();
            }
            if (attempts.fromAddress() > 0) {
                em.createNativeQuery("delete from sign_in_attempt where tenant = ?1 and username = ?2 and address = ?3")
                        .setParameter(1, municipality).setParameter(2, name).setParameter(3, from).executeUpdate();
            }
            UserAccount user = account.get();
            Instant previous = user.lastSignInAt();
            String previousAddress = user.lastSignInAddress();
            if (interactive) {
                user.signedIn(now, from);
                audit.recordAs(SignedInUser.principalName(municipality, user.username()), "SignedIn", "user",
                        user.username(), Map.of("address", from));
            }
            return new Accepted(new SignedInUser(municipality, user.username(), user.displayName(),
                    user.roles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet()), previous,
                    previousAddress, now, user.credentialsEpoch()));
        });
    }

    /**
     * Whether a page session may go on: the account is still enabled, its roles and password unchanged since the
     * session began, and the session younger than its absolute lifetime.
     */
    public boolean stillValid(SignedInUser user) {
        if (user == null || SessionLifetime.expired(user.signedInAt(), Instant.now(), SESSION_MAX)) {
            return false;
        }
        return TenantContext.callAs(user.municipality(), () -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select enabled, credentials_epoch from user_account "
                    + "where tenant = ?1 and username = ?2").setParameter(1, user.municipality())
                    .setParameter(2, user.username()).getResultList();
            return !rows.isEmpty() && SessionLifetime.current(user.credentialsEpoch(), (Boolean) rows.get(0)[0],
                    ((Number) rows.get(0)[1]).intValue());
        });
    }

    private record Attempts(int fromAddress, int onAccount, Instant lastFailure) {
    }

    /** Recent failures on the account: from this address, from everywhere, and the last one's time. */
    private Attempts attempts(String tenant, String username, String address, Instant now) {
        Timestamp since = Timestamp.from(now.minus(Duration.ofMinutes(SignInThrottle.LOCK_MINUTES)));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select address, failures, last_failure_at from sign_in_attempt "
                + "where tenant = ?1 and username = ?2 and last_failure_at > ?3").setParameter(1, tenant)
                .setParameter(2, username).setParameter(3, since).getResultList();
        int fromAddress = 0;
        int onAccount = 0;
        Instant last = null;
        for (Object[] row : rows) {
            int failures = ((Number) row[1]).intValue();
            Instant at = instant(row[2]);
            onAccount += failures;
            if (address.equals(row[0])) {
                fromAddress = failures;
            }
            if (last == null || at.isAfter(last)) {
                last = at;
            }
        }
        return new Attempts(fromAddress, onAccount, last);
    }

    /** Counts one more failure from this address (starting again when the last ones are forgotten); the count. */
    private int fail(String tenant, String username, String address, Instant now) {
        Timestamp since = Timestamp.from(now.minus(Duration.ofMinutes(SignInThrottle.LOCK_MINUTES)));
        return ((Number) em.createNativeQuery("insert into sign_in_attempt (tenant, username, address, failures, "
                + "last_failure_at) values (?1, ?2, ?3, 1, ?4) on conflict (tenant, username, address) do update set "
                + "failures = case when sign_in_attempt.last_failure_at > ?5 then sign_in_attempt.failures + 1 "
                + "else 1 end, last_failure_at = excluded.last_failure_at returning failures")
                .setParameter(1, tenant).setParameter(2, username).setParameter(3, address)
                .setParameter(4, Timestamp.from(now)).setParameter(5, since).getSingleResult()).intValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
