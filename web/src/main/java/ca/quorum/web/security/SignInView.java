package ca.quorum.web.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ca.quorum.web.home.MunicipalityView;
import ca.quorum.web.i18n.Messages;

/** The sign-in and sign-out forms. */
@Named
@RequestScoped
public class SignInView {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @Inject
    MunicipalityView town;

    @Inject
    Messages messages;

    private String username;
    private String password;
    private String next;

    /** Where to go after signing in: the page that sent the visitor here ({@code ?next=}), kept through the post. */
    @jakarta.annotation.PostConstruct
    void init() {
        next = faces.getExternalContext().getRequestParameterMap().get("next");
    }

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(town.url(safeNext()));
            faces.responseComplete();
        } else {
            password = null;
            Object lockedFor = ((HttpServletRequest) external.getRequest())
                    .getAttribute(QuorumAuthenticationMechanism.LOCKED_FOR);
            String text = lockedFor instanceof java.time.Duration wait
                    ? messages.get("signin.locked").formatted(Math.max(1, (wait.toSeconds() + 59) / 60))
                    : messages.get("signin.failed");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }

    /** Only a path inside this municipality; anything else goes to the workspace. */
    private String safeNext() {
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.contains("://") && !next.startsWith("/login")) {
            return next;
        }
        return "/workspace";
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String home = town.url("/");
        request.logout();
        external.invalidateSession();
        external.redirect(home);
        faces.responseComplete();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
