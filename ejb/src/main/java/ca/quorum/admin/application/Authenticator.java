package ca.quorum.admin.application;

import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import ca.quorum.admin.domain.Role;
import ca.quorum.admin.domain.UserAccount;
import ca.quorum.admin.domain.UserAccountRepository;
import ca.quorum.shared.tenant.TenantContext;

/** Checks a user name and password in one municipality. Unknown names and wrong passwords take the same time. */
@Stateless
@PermitAll
public class Authenticator {

    @Inject
    UserAccountRepository users;

    @Inject
    PasswordHashing passwords;

    public Optional<SignedInUser> authenticate(String municipality, String username, String password) {
        if (municipality == null || username == null || password == null || password.length() > 1024) {
            return Optional.empty();
        }
        return TenantContext.callAs(municipality, () -> {
            Optional<UserAccount> account = users.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT));
            if (account.isEmpty()) {
                passwords.verifyDecoy(password);
                return Optional.empty();
            }
            UserAccount user = account.get();
            if (!passwords.matches(password, user.passwordHash()) || !user.enabled()) {
                return Optional.empty();
            }
            return Optional.of(new SignedInUser(municipality, user.username(), user.displayName(),
                    user.roles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet())));
        });
    }
}
