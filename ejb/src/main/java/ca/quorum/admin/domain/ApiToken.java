package ca.quorum.admin.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import ca.quorum.shared.domain.RuleViolation;

/**
 * A personal API token: a named, scoped, expiring credential a user makes for scripts, sent as
 * {@code Authorization: Bearer}. Only the SHA-256 of the secret is kept (ASVS 5.0 V11.4: a 256-bit random secret
 * needs no password hash, which is what lets it be verified in microseconds); the secret is shown once. The owner and
 * administrators revoke it; disabling the owner, changing their roles or resetting their password revokes all of
 * theirs.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** How long a token lives unless its owner says otherwise. */
    public static final int DEFAULT_DAYS = 90;

    /** The longest life a token may be given (ASVS 5.0 V7: credentials expire). */
    public static final int MAX_DAYS = 366;

    /** The longest name. */
    public static final int MAX_NAME = 80;

    /** Why a token stopped working before it expired. */
    public enum Revocation {
        BY_OWNER, BY_ADMINISTRATOR, ROLES_CHANGED, ACCOUNT_DISABLED, PASSWORD_RESET
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TokenScope scope;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "last_used_address")
    private String lastUsedAddress;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "revoked_because")
    private Revocation revokedBecause;

    @Version
    private long version;

    protected ApiToken() {
    }

    /**
     * A new token for a user.
     *
     * @throws RuleViolation when the name is blank or too long, or the lifetime is not 1 to {@value #MAX_DAYS} days
     */
    public ApiToken(long userId, String name, TokenScope scope, int days, String tokenHash, Instant now) {
        List<RuleViolation.Refusal> problems = problems(name, scope, days);
        if (!problems.isEmpty()) {
            throw RuleViolation.of(problems);
        }
        this.userId = userId;
        this.name = name.strip();
        this.scope = scope;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(Duration.ofDays(days));
    }

    /** Every reason a token with this name, scope and lifetime cannot be made; empty when it can. */
    public static List<RuleViolation.Refusal> problems(String name, TokenScope scope, int days) {
        List<RuleViolation.Refusal> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(RuleViolation.refusal("token.nameRequired"));
        } else if (name.strip().length() > MAX_NAME) {
            problems.add(RuleViolation.refusal("token.nameTooLong", MAX_NAME));
        }
        if (scope == null) {
            problems.add(RuleViolation.refusal("token.scopeRequired"));
        }
        if (days < 1 || days > MAX_DAYS) {
            problems.add(RuleViolation.refusal("token.lifetime", MAX_DAYS));
        }
        return problems;
    }

    /** Whether the token still opens the API at this moment: neither revoked nor expired. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** Stops the token; a token already revoked keeps its first revocation. */
    public void revoke(String by, Revocation because, Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
            revokedBy = by;
            revokedBecause = because;
        }
    }

    /**
     * Notes a use. Only the first use in each minute is written, so that a busy script does not turn every read into
     * a write; the owner still sees when the token was last used to the minute.
     *
     * @return whether the row changed
     */
    public boolean usedAt(Instant now, String address) {
        if (lastUsedAt != null && lastUsedAt.plus(Duration.ofMinutes(1)).isAfter(now)
                && java.util.Objects.equals(address, lastUsedAddress)) {
            return false;
        }
        lastUsedAt = now;
        lastUsedAddress = address;
        return true;
    }

    public Long id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public long userId() {
        return userId;
    }

    public String name() {
        return name;
    }

    public TokenScope scope() {
        return scope;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public String lastUsedAddress() {
        return lastUsedAddress;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Revocation revokedBecause() {
        return revokedBecause;
    }
}
