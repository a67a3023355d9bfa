package ca.quorum.admin.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.ApiToken;
import ca.quorum.admin.domain.Role;
import ca.quorum.admin.domain.Roles;
import ca.quorum.admin.domain.TokenScope;
import ca.quorum.admin.domain.UserAccount;
import ca.quorum.admin.domain.UserAccountRepository;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Personal API tokens ({@link ApiToken}): any signed-in user makes, lists and revokes their own; administrators list
 * and revoke everyone's. Making and revoking are audited (never the secret). {@link #authenticate} turns a bearer
 * secret into the caller it stands for.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.CLERK, Roles.REPORT_AUTHOR, Roles.COUNCILLOR, Roles.CHAIR,
    Roles.RECORDS_MANAGER, Roles.FOI_OFFICER})
public class ApiTokens {

    /** Every token secret starts so, which lets secret scanners and people recognise one. */
    public static final String PREFIX = "qrm_";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token as its owner and administrators see it: never the secret or its hash. */
    public record TokenView(long id, String owner, String name, TokenScope scope, Instant createdAt,
            Instant expiresAt, Instant lastUsedAt, String lastUsedAddress, Instant revokedAt,
            ApiToken.Revocation revokedBecause, boolean usable) implements java.io.Serializable {

        static TokenView of(ApiToken t, String owner, Instant now) {
            return new TokenView(t.id(), owner, t.name(), t.scope(), t.createdAt(), t.expiresAt(), t.lastUsedAt(),
                    t.lastUsedAddress(), t.revokedAt(), t.revokedBecause(), t.usableAt(now));
        }
    }

    /** A token just made, with the secret that is shown this once. */
    public record NewToken(TokenView token, String secret) {
    }

    /** The caller a bearer secret stands for, and what the token may do. */
    public record Bearer(SignedInUser user, TokenScope scope, long tokenId) {
    }

    @Inject
    UserAccountRepository users;

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext session;

    /** Makes a token for the caller; the answer carries its secret, which is never shown again. */
    public NewToken create(String name, TokenScope scope, Integer days) {
        UserAccount owner = caller();
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
        Instant now = Instant.now();
        ApiToken token = new ApiToken(owner.id(), name, scope, days == null ? ApiToken.DEFAULT_DAYS : days,
                hash(secret), now);
        em.persist(token);
        em.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", token.name());
        details.put("scope", token.scope().name());
        details.put("expiresAt", token.expiresAt().toString());
        audit.record("ApiTokenCreated", "api-token", token.id().toString(), details);
        return new NewToken(TokenView.of(token, owner.username(), now), secret);
    }

    /** The caller's own tokens, newest first, revoked and expired ones included. */
    public List<TokenView> mine() {
        UserAccount owner = caller();
        Instant now = Instant.now();
        return em.createQuery("select t from ApiToken t where t.userId = :user order by t.createdAt desc, t.id desc",
                ApiToken.class).setParameter("user", owner.id()).setMaxResults(200).getResultStream()
                .map(t -> TokenView.of(t, owner.username(), now)).toList();
    }

    /** Every token of the municipality, newest first; administrators only. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<TokenView> all() {
        Instant now = Instant.now();
        Map<Long, String> names = usernames();
        return em.createQuery("select t from ApiToken t order by t.createdAt desc, t.id desc", ApiToken.class)
                .setMaxResults(1000).getResultStream()
                .map(t -> TokenView.of(t, names.getOrDefault(t.userId(), "?"), now)).toList();
    }

    /** Revokes a token: the caller's own, or anyone's for an administrator. Revoking twice changes nothing. */
    public TokenView revoke(long id) {
        UserAccount caller = caller();
        ApiToken token = em.createQuery("select t from ApiToken t where t.id = :id", ApiToken.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("API token " + id));
        boolean own = token.userId() == caller.id();
        if (!own && !session.isCallerInRole(Roles.ADMINISTRATOR)) {
            // someone else's token is not even acknowledged to exist
            throw new RecordNotFoundException("API token " + id);
        }
        Instant now = Instant.now();
        if (token.revokedAt() == null) {
            token.revoke(Caller.principalOrSystem(session), own ? ApiToken.Revocation.BY_OWNER
                    : ApiToken.Revocation.BY_ADMINISTRATOR, now);
            audit.record("ApiTokenRevoked", "api-token", token.id().toString(),
                    Map.of("name", token.name(), "because", token.revokedBecause().name()));
        }
        String owner = own ? caller.username() : users.find(token.userId()).map(UserAccount::username).orElse("?");
        return TokenView.of(token, owner, now);
    }

    /**
     * The caller a bearer secret stands for in this municipality: empty when the token is unknown, of another
     * municipality, revoked, expired, or its owner disabled. A use is remembered (to the minute) for its owner to see.
     */
    @PermitAll
    public Optional<Bearer> authenticate(String municipality, String secret, String address) {
        if (municipality == null || secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = hash(secret);
        return TenantContext.callAs(municipality, () -> {
            Optional<ApiToken> found = em.createQuery("select t from ApiToken t where t.tokenHash = :hash",
                    ApiToken.class).setParameter("hash", hash).getResultStream().findFirst();
            Instant now = Instant.now();
            if (found.isEmpty() || !found.get().usableAt(now)) {
                return Optional.<Bearer>empty();
            }
            ApiToken token = found.get();
            Optional<UserAccount> owner = users.find(token.userId()).filter(UserAccount::enabled);
            if (owner.isEmpty()) {
                return Optional.<Bearer>empty();
            }
            String from = address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
            if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minusSeconds(60))
                    || !from.equals(token.lastUsedAddress())) {
                // the first use in a minute (or from a new address) is written; the others cost no write
                em.createNativeQuery("update api_token set last_used_at = ?1, last_used_address = ?2 where id = ?3 "
                        + "and (last_used_at is null or last_used_at < ?4 or last_used_address <> ?2)")
                        .setParameter(1, Timestamp.from(now)).setParameter(2, from).setParameter(3, token.id())
                        .setParameter(4, Timestamp.from(now.minusSeconds(60))).executeUpdate();
            }
            UserAccount user = owner.get();
            return Optional.of(new Bearer(new SignedInUser(municipality, user.username(), user.displayName(),
                    user.roles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet()), null, null,
                    now, user.credentialsEpoch()), token.scope(), token.id()));
        });
    }

    /** The SHA-256 of a token secret, as stored. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return b;
    }

    private UserAccount caller() {
        String username = Caller.username(session);
        return users.findByUsername(username).orElseThrow(() -> RuleViolation.because("token.signInFirst"));
    }

    private Map<Long, String> usernames() {
        return em.createQuery("select u.id, u.username from UserAccount u", Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }
}
