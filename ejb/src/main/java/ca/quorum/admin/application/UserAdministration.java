package ca.quorum.admin.application;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ca.quorum.admin.domain.ApiToken;
import ca.quorum.admin.domain.NewUser;
import ca.quorum.admin.domain.PasswordPolicy;
import ca.quorum.admin.domain.Role;
import ca.quorum.admin.domain.Roles;
import ca.quorum.admin.domain.UserAccount;
import ca.quorum.admin.domain.UserAccountRepository;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.application.RequestRefusedException;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.tenant.TenantContext;

/**
 * A municipality's administrator creates user accounts, grants roles, disables accounts and resets passwords. Every
 * change is audited; a change of roles, disabling or a reset ends the user's sessions
 * ({@link UserAccount#credentialsEpoch()}) and revokes their API tokens.
 */
@Stateless
@RolesAllowed(Roles.ADMINISTRATOR)
public class UserAdministration {

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHashing passwords;

    @EJB
    AuditLog audit;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Resource
    SessionContext session;

    public List<UserView> users(int first, int max) {
        return users.list(Math.max(0, first), Math.max(1, Math.min(max, 500))).stream().map(UserView::of).toList();
    }

    public long countUsers() {
        return users.count();
    }

    public UserView user(long id) {
        return users.find(id).map(UserView::of).orElseThrow(() -> new RecordNotFoundException("user " + id));
    }

    /** Creates an account; refused, with every reason, when the command breaks a rule or the name is taken. */
    public UserView createUser(NewUser command) {
        List<String> problems = command.problems();
        if (!problems.isEmpty()) {
            throw new RequestRefusedException(problems);
        }
        if (users.findByUsername(command.username()).isPresent()) {
            throw new RequestRefusedException("The user name " + command.username() + " is already taken.");
        }
        UserAccount account = new UserAccount(command, passwords.hash(command.password()));
        users.add(account);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("username", account.username());
        details.put("displayName", account.displayName());
        details.put("email", account.email());
        details.put("roles", roleList(account.roles()));
        audit.record("UserCreated", "user", account.id().toString(), details);
        return UserView.of(account);
    }

    /** Replaces the roles a user holds. An administrator cannot take the administrator role from themself. */
    public UserView grantRoles(long id, Set<Role> roles) {
        UserAccount account = users.find(id).orElseThrow(() -> new RecordNotFoundException("user " + id));
        Set<Role> granted = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (isCaller(account) && !granted.contains(Role.ADMINISTRATOR)) {
            throw new RequestRefusedException("You cannot remove the administrator role from your own account.");
        }
        String before = roleList(account.roles());
        int epoch = account.credentialsEpoch();
        account.grantOnly(granted);
        audit.record("RolesGranted", "user", account.id().toString(),
                Map.of("username", account.username(), "before", before, "after", roleList(granted)));
        if (account.credentialsEpoch() != epoch) {
            revokeTokens(account, ApiToken.Revocation.ROLES_CHANGED);
        }
        return UserView.of(account);
    }

    /**
     * Disables an account: it can no longer sign in, its sessions end and its API tokens are revoked. An administrator
     * cannot disable their own account.
     */
    public UserView disable(long id) {
        UserAccount account = users.find(id).orElseThrow(() -> new RecordNotFoundException("user " + id));
        if (isCaller(account)) {
            throw new RequestRefusedException("You cannot disable your own account.");
        }
        if (account.enabled()) {
            account.disable();
            audit.record("UserDisabled", "user", account.id().toString(), Map.of("username", account.username()));
            revokeTokens(account, ApiToken.Revocation.ACCOUNT_DISABLED);
        }
        return UserView.of(account);
    }

    /** Enables a disabled account again; its old sessions and tokens stay ended. */
    public UserView enable(long id) {
        UserAccount account = users.find(id).orElseThrow(() -> new RecordNotFoundException("user " + id));
        if (!account.enabled()) {
            account.enable();
            audit.record("UserEnabled", "user", account.id().toString(), Map.of("username", account.username()));
        }
        return UserView.of(account);
    }

    /**
     * Sets a new password chosen by the administrator (to be handed to the user): the user's sessions end and their
     * API tokens are revoked. The password is checked against the policy and never recorded.
     */
    public UserView resetPassword(long id, String password) {
        UserAccount account = users.find(id).orElseThrow(() -> new RecordNotFoundException("user " + id));
        PasswordPolicy.check(password, account.username()).ifPresent(problem -> {
            throw new RequestRefusedException(problem);
        });
        account.changePasswordHash(passwords.hash(password));
        audit.record("PasswordReset", "user", account.id().toString(), Map.of("username", account.username()));
        revokeTokens(account, ApiToken.Revocation.PASSWORD_RESET);
        return UserView.of(account);
    }

    private void revokeTokens(UserAccount account, ApiToken.Revocation because) {
        java.time.Instant now = java.time.Instant.now();
        List<ApiToken> tokens = em.createQuery("select t from ApiToken t where t.userId = :user and t.revokedAt is null",
                ApiToken.class).setParameter("user", account.id()).getResultList();
        for (ApiToken token : tokens) {
            token.revoke(Caller.principalOrSystem(session), because, now);
        }
        if (!tokens.isEmpty()) {
            audit.record("ApiTokensRevoked", "user", account.id().toString(), Map.of("username", account.username(),
                    "count", tokens.size(), "because", because.name()));
        }
    }

    private boolean isCaller(UserAccount account) {
        return session.getCallerPrincipal().getName()
                .equals(SignedInUser.principalName(TenantContext.require(), account.username()));
    }

    private static String roleList(Set<Role> roles) {
        return roles.stream().map(Role::roleName).sorted().collect(Collectors.joining(","));
    }
}
