package ca.quorum.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import ca.quorum.admin.application.ApiTokens;
import ca.quorum.admin.application.Authenticator;
import ca.quorum.admin.application.SignedInUser;
import ca.quorum.shared.tenant.TenantContext;
import ca.quorum.web.tenant.Problems;
import ca.quorum.web.tenant.TenantPaths;

/**
 * How a caller becomes known, on every request:
 * <ol>
 * <li>a sign-in form submitted through {@code SecurityContext.authenticate}: the password is checked, the session id
 * is rotated, and the user is kept in the session;</li>
 * <li>an {@code Authorization: Bearer} personal API token on {@code /api/m/{municipality}/…}: checked for that
 * municipality on each request (a SHA-256 and one indexed read), no session; a read-only token may only read;</li>
 * <li>an {@code Authorization: Basic} header on {@code /api/m/{municipality}/…}: checked for that municipality on
 * each request through the sign-in throttle, no session;</li>
 * <li>a session holding a signed-in user, while the account is enabled, its roles and password unchanged since the
 * sign-in, and the session younger than its absolute lifetime ({@link Authenticator#stillValid}); otherwise the
 * session is ended.</li>
 * </ol>
 * Anyone else is anonymous; pages and services decide what anonymous callers may do.
 */
@ApplicationScoped
public class QuorumAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute: how long a locked-out sign-in must wait (a {@link java.time.Duration}). */
    public static final String LOCKED_FOR = "quorum.signIn.lockedFor";

    /** Session attribute holding the {@link SignedInUser}. */
    public static final String SESSION_USER = "quorum.user";

    @EJB
    Authenticator authenticator;

    @EJB
    ApiTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return signIn(request, context, form);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && TenantPaths.api(path(request)).isEmpty()) {
            // credentials in a header are for a municipality's API; elsewhere (pages, public addresses) they are not
            // looked at, and the request is anonymous unless it has a session
            authorization = null;
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return bearer(request, response, context, authorization.substring(7).trim());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(request, response, context, authorization.substring(6).trim());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof SignedInUser user) {
            if (path(request).startsWith("/jakarta.faces.resource/")) {
                return context.doNothing(); // style sheets and scripts need no caller: spare the check
            }
            if (!authenticator.stillValid(user)) {
                session.invalidate();
                return context.doNothing();
            }
            return context.notifyContainerAboutLogin(user.principalName(), user.roles());
        }
        return context.doNothing();
    }

    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String secret) {
        Optional<String> slug = TenantPaths.api(path(request)).map(TenantPaths.Split::slug);
        Optional<ApiTokens.Bearer> bearer = slug.flatMap(s -> tokens.authenticate(s, secret,
                ClientAddress.of(request)));
        try {
            if (bearer.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"Quorum\", error=\"invalid_token\"");
                Problems.send(response, HttpServletResponse.SC_UNAUTHORIZED, "This API token is not accepted for "
                        + "this municipality: unknown, expired or revoked.");
                return AuthenticationStatus.SEND_FAILURE;
            }
            if (!bearer.get().scope().permits(request.getMethod())) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"Quorum\", error=\"insufficient_scope\"");
                Problems.send(response, HttpServletResponse.SC_FORBIDDEN, "This API token may only read; make a "
                        + "token with the write scope to change anything.");
                return AuthenticationStatus.SEND_FAILURE;
            }
        } catch (java.io.IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignedInUser user = bearer.get().user();
        return context.notifyContainerAboutLogin(user.principalName(), user.roles());
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential form) {
        // the sign-in form posts to /m/{slug}/login, which the tenant filter has already resolved
        Optional<String> slug = TenantContext.current()
                .or(() -> TenantPaths.pages(path(request)).map(TenantPaths.Split::slug));
        Authenticator.SignIn result = slug.map(s -> authenticator.signIn(s, form.getCaller(),
                form.getPasswordAsString(), ClientAddress.of(request), true)).orElse(new Authenticator.Refused());
        if (result instanceof Authenticator.Locked locked) {
            request.setAttribute(LOCKED_FOR, locked.retryAfter());
        }
        if (!(result instanceof Authenticator.Accepted accepted)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<SignedInUser> user = Optional.of(accepted.user());
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SESSION_USER, user.get());
        return context.notifyContainerAboutLogin(user.get().principalName(), user.get().roles());
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String encoded) {
        Optional<String> slug = TenantPaths.api(path(request)).map(TenantPaths.Split::slug);
        Optional<SignedInUser> user = Optional.empty();
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon > 0 && slug.isPresent()) {
                Authenticator.SignIn result = authenticator.signIn(slug.get(), decoded.substring(0, colon),
                        decoded.substring(colon + 1), ClientAddress.of(request), false);
                if (result instanceof Authenticator.Locked locked) {
                    long seconds = Math.max(1, locked.retryAfter().toSeconds());
                    response.setHeader("Retry-After", Long.toString(seconds));
                    try {
                        Problems.send(response, 429, "Too many failed sign-ins for this account from this address; "
                                + "try again in " + seconds + " seconds.");
                    } catch (java.io.IOException e) {
                        return AuthenticationStatus.SEND_FAILURE;
                    }
                    return AuthenticationStatus.SEND_FAILURE;
                }
                if (result instanceof Authenticator.Accepted accepted) {
                    user = Optional.of(accepted.user());
                }
            }
        } catch (IllegalArgumentException malformed) {
            user = Optional.empty();
        }
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Quorum\", charset=\"UTF-8\"");
            try {
                Problems.send(response, HttpServletResponse.SC_UNAUTHORIZED,
                        "User name or password not accepted for this municipality.");
            } catch (java.io.IOException e) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.notifyContainerAboutLogin(user.get().principalName(), user.get().roles());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
