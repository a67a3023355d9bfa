package ca.quorum.admin.application;

import java.util.List;

import ca.quorum.admin.domain.Municipality;

/** What anyone may know about a municipality of the installation. */
public record MunicipalitySummary(String slug, String name, String nameFr, String timeZone, List<String> languages) {

    public static MunicipalitySummary of(Municipality m) {
        return new MunicipalitySummary(m.slug(), m.name("en"), m.name("fr"), m.timeZone().getId(), m.languages());
    }

    public String name(String language) {
        return "fr".equals(language) ? nameFr : name;
    }
}
