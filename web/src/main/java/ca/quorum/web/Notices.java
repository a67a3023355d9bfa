package ca.quorum.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.i18n.Messages;

/** Messages for the person at the screen: each reason of a refusal, or a confirmation. */
public final class Notices {

    private Notices() {
    }

    public static void refused(RuleViolation refused) {
        FacesContext context = FacesContext.getCurrentInstance();
        java.util.Locale language = jakarta.enterprise.inject.spi.CDI.current()
                .select(ca.quorum.web.i18n.LanguageView.class).get().getLocale();
        refused.reasons(language).forEach(r -> context.addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, r, null)));
        context.validationFailed();
    }

    /** A message of the page's language from the bundle, {@code %s} filled with {@code args}. */
    public static String text(String key, Object... args) {
        return jakarta.enterprise.inject.spi.CDI.current().select(Messages.class).get().get(key).formatted(args);
    }

    /** Confirms, in the page's language. */
    public static void done(String key, Object... args) {
        info(text(key, args));
    }

    /** Refuses what the page itself can tell is wrong, in the page's language. */
    public static void refusedBecause(String key) {
        refused(new RuleViolation(text(key)));
    }

    /**
     * Runs a change the person asked for: confirms it in the page's language, or shows every reason it was refused
     * (the service changed nothing). Empty when refused.
     */
    public static <T> java.util.Optional<T> attempt(java.util.function.Supplier<T> change, String doneKey,
            Object... args) {
        try {
            T result = change.get();
            done(doneKey, args);
            return java.util.Optional.ofNullable(result);
        } catch (RuleViolation refused) {
            refused(refused);
            return java.util.Optional.empty();
        }
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** Sends the browser to a page of the current municipality, e.g. {@code /clerk/agenda?meeting=4}. */
    public static void redirect(String url) {
        try {
            FacesContext.getCurrentInstance().getExternalContext().redirect(url);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** A positive number from the request, or -1. */
    public static long idParameter(String name) {
        String value = parameter(name);
        try {
            return value == null ? -1 : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
