package ca.quorum.admin.application;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import ca.quorum.admin.domain.Role;
import ca.quorum.admin.domain.UserAccount;

/** A user account as shown to administrators; never carries the password hash. */
public record UserView(long id, String username, String displayName, String email, boolean enabled,
        Set<Role> roles, Instant createdAt) {

    static UserView of(UserAccount u) {
        return new UserView(u.id(), u.username(), u.displayName(), u.email(), u.enabled(), new TreeSet<>(u.roles()),
                u.createdAt());
    }
}
