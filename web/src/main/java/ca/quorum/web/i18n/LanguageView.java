package ca.quorum.web.i18n;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import ca.quorum.admin.application.MunicipalitySummary;
import ca.quorum.web.tenant.TenantFilter;

/**
 * The language of this page: the visitor's choice ({@code ?lang=}), else the municipality's default, else English.
 * Only languages the municipality offers are used.
 */
@Named("language")
@RequestScoped
public class LanguageView {

    @Inject
    HttpServletRequest request;

    private String code;

    public String getCode() {
        if (code == null) {
            code = resolve();
        }
        return code;
    }

    private String resolve() {
        MunicipalitySummary municipality = (MunicipalitySummary) request.getAttribute(TenantFilter.MUNICIPALITY);
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(TenantFilter.LANGUAGE);
        if (municipality == null) {
            return chosen instanceof String s ? s : "en";
        }
        if (chosen instanceof String s && municipality.languages().contains(s)) {
            return s;
        }
        return municipality.languages().get(0);
    }

    public Locale getLocale() {
        return "fr".equals(getCode()) ? Locale.CANADA_FRENCH : Locale.CANADA;
    }

    /** The other language this municipality offers, or null when it offers one. */
    public String getAlternative() {
        MunicipalitySummary municipality = (MunicipalitySummary) request.getAttribute(TenantFilter.MUNICIPALITY);
        if (municipality == null) {
            return "en".equals(getCode()) ? "fr" : "en";
        }
        return municipality.languages().stream().filter(l -> !l.equals(getCode())).findFirst().orElse(null);
    }

    public String getAlternativeName() {
        return "fr".equals(getAlternative()) ? "Français" : "English";
    }

    public String dateTime(ZonedDateTime value) {
        return value == null ? "" : value.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(getLocale()));
    }

    /** A moment in the municipality's time zone, in the page's language (medium date, short time). */
    public String moment(java.time.Instant value) {
        MunicipalitySummary municipality = (MunicipalitySummary) request.getAttribute(TenantFilter.MUNICIPALITY);
        if (value == null) {
            return "";
        }
        java.time.ZoneId zone = municipality == null ? java.time.ZoneId.of("America/Toronto")
                : java.time.ZoneId.of(municipality.timeZone());
        return value.atZone(zone).format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()));
    }

    public String isoDateTime(ZonedDateTime value) {
        return value == null ? "" : value.toOffsetDateTime().toString();
    }
}
