package ca.quorum.web.i18n;

import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Interface texts in the page's language, for beans (pages use {@code #{msg[...]}}). */
@Named
@RequestScoped
public class Messages {

    @Inject
    LanguageView language;

    public String get(String key) {
        return ResourceBundle.getBundle("ca.quorum.web.messages", language.getLocale()).getString(key);
    }
}
