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

    /** When and from where the user last signed in before this session; empty the first time. */
    public String getLastSignIn() {
        return user().filter(u -> u.previousSignIn() != null).map(u -> ca.quorum.web.Notices.text(
                "workspace.lastSignIn", jakarta.enterprise.inject.spi.CDI.current()
                        .select(ca.quorum.web.i18n.LanguageView.class).get().moment(u.previousSignIn()),
                u.previousAddress())).orElse("");
    }

    public boolean has(String role) {
        return request.isUserInRole(role);
    }
}
