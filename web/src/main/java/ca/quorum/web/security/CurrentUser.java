package ca.quorum.web.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import ca.quorum.admin.application.SignedInUser;

/** Who is signed in on this request, for pages. */
@Named("me")
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    public Optional<SignedInUser> user() {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(QuorumAuthenticationMechanism.SESSION_USER)
                instanceof SignedInUser user ? Optional.of(user) : Optional.empty();
    }

    public boolean isSignedIn() {
        return user().isPresent();
    }

    public String getDisplayName() {
        return user().map(SignedInUser::displayName).orElse("");
    }

    public boolean has(String role) {
        return request.isUserInRole(role);
    }
}
