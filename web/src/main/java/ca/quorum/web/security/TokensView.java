package ca.quorum.web.security;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ca.quorum.admin.application.ApiTokens;
import ca.quorum.admin.domain.ApiToken;
import ca.quorum.admin.domain.TokenScope;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.i18n.LanguageView;
import ca.quorum.web.i18n.Messages;

/** The workspace's "API tokens" section: the user's own tokens, making one (its secret shown once) and revoking. */
@Named
@ViewScoped
public class TokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ApiTokens tokens;

    @Inject
    Messages messages;

    @Inject
    LanguageView language;

    private String name;
    private TokenScope scope = TokenScope.READ;
    private Integer days = ApiToken.DEFAULT_DAYS;
    private String secret;
    private List<ApiTokens.TokenView> mine;

    public List<ApiTokens.TokenView> getMine() {
        if (mine == null) {
            mine = tokens.mine();
        }
        return mine;
    }

    public void create() {
        try {
            ApiTokens.NewToken made = tokens.create(name, scope, days == null ? ApiToken.DEFAULT_DAYS : days);
            secret = made.secret();
            name = null;
            mine = null;
            message(FacesMessage.SEVERITY_INFO, messages.get("tokens.created").formatted(made.token().name()));
        } catch (RuleViolation refused) {
            secret = null;
            refused.reasons(language.getLocale()).forEach(r -> message(FacesMessage.SEVERITY_ERROR, r));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void revoke(long id) {
        ApiTokens.TokenView revoked = tokens.revoke(id);
        secret = null;
        mine = null;
        message(FacesMessage.SEVERITY_INFO, messages.get("tokens.revoked").formatted(revoked.name()));
    }

    /** What a token's state is, in words: active until…, expired, or revoked (and why). */
    public String state(ApiTokens.TokenView token) {
        if (token.revokedAt() != null) {
            return messages.get("tokens.revokedOn").formatted(language.moment(token.revokedAt()),
                    messages.get("tokens.because." + token.revokedBecause().name()));
        }
        if (!token.usable()) {
            return messages.get("tokens.expiredOn").formatted(language.moment(token.expiresAt()));
        }
        return messages.get("tokens.activeUntil").formatted(language.moment(token.expiresAt()));
    }

    /** When and from where a token was last used, or that it never was. */
    public String lastUsed(ApiTokens.TokenView token) {
        return token.lastUsedAt() == null ? messages.get("tokens.neverUsed")
                : messages.get("tokens.lastUsed").formatted(language.moment(token.lastUsedAt()),
                        token.lastUsedAddress());
    }

    public String scopeLabel(TokenScope value) {
        return messages.get("tokens.scope." + value.name());
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage("tokens", new FacesMessage(severity, text, null));
    }

    public TokenScope[] getScopes() {
        return TokenScope.values();
    }

    public int getMaxDays() {
        return ApiToken.MAX_DAYS;
    }

    public String getSecret() {
        return secret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TokenScope getScope() {
        return scope;
    }

    public void setScope(TokenScope scope) {
        this.scope = scope;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}
