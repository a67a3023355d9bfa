package ca.quorum.admin.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** A person who signs in to one municipality, with the roles granted to them there. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "last_sign_in_address")
    private String lastSignInAddress;

    @Column(name = "credentials_epoch", nullable = false)
    private int credentialsEpoch;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(NewUser user, String passwordHash) {
        this.username = user.username();
        this.displayName = user.displayName();
        this.email = user.email();
        this.passwordHash = passwordHash;
        this.enabled = true;
        this.createdAt = Instant.now();
        this.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
    }

    /** Replaces the roles held (a change ends the user's sessions); an administrator cannot remove the role from themself (see the service). */
    public void grantOnly(Set<Role> granted) {
        if (!this.roles.equals(granted)) {
            this.credentialsEpoch++;
        }
        this.roles.clear();
        this.roles.addAll(granted);
    }

    /** A new password: sessions begun with the old one end. */
    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
        this.credentialsEpoch++;
    }

    /** The account can no longer sign in, and its sessions end. */
    public void disable() {
        this.enabled = false;
        this.credentialsEpoch++;
    }

    /**
     * Counts the changes that end the user's sessions (roles, disabling, password): a session remembers the count it
     * began with and is good only while it is unchanged.
     */
    public int credentialsEpoch() {
        return credentialsEpoch;
    }

    public void enable() {
        this.enabled = true;
    }

    public Long id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    /** The user signed in on the sign-in page: kept to show them the next time. */
    public void signedIn(Instant at, String address) {
        this.lastSignInAt = at;
        this.lastSignInAddress = address;
    }

    public Instant lastSignInAt() {
        return lastSignInAt;
    }

    public String lastSignInAddress() {
        return lastSignInAddress;
    }
}
