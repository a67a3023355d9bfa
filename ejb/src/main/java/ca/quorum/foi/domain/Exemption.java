package ca.quorum.foi.domain;

import java.util.List;
import java.util.Optional;

/**
 * The grounds on which information is withheld under MFIPPA, each with its section and whether the head must
 * (mandatory) or may (discretionary) refuse. The default catalogue is the Act's; a municipality's list is a setting.
 *
 * @param section   as cited in decisions and printed on severances ("s.14(1)")
 * @param mandatory whether the head shall refuse (s.9, s.10, s.14) rather than may
 * @param exclusion whether the Act does not apply at all (s.52(3), labour relations and employment records)
 */
public record Exemption(String section, String titleEn, String titleFr, boolean mandatory, boolean exclusion) {

    /** The Act's grounds (MFIPPA, R.S.O. 1990, c. M.56). */
    public static final List<Exemption> MFIPPA = List.of(
            new Exemption("s.6", "Draft by-laws and records of closed meetings",
                    "Projets de règlements et documents des réunions à huis clos", false, false),
            new Exemption("s.7", "Advice or recommendations", "Conseils ou recommandations", false, false),
            new Exemption("s.8", "Law enforcement", "Exécution de la loi", false, false),
            new Exemption("s.9", "Relations with governments", "Relations avec les gouvernements", true, false),
            new Exemption("s.10", "Third-party information", "Renseignements de tiers", true, false),
            new Exemption("s.11", "Economic and other interests", "Intérêts économiques et autres", false, false),
            new Exemption("s.12", "Solicitor-client privilege", "Secret professionnel de l’avocat", false, false),
            new Exemption("s.13", "Danger to safety or health", "Menace à la sécurité ou à la santé", false, false),
            new Exemption("s.14", "Personal privacy", "Vie privée", true, false),
            new Exemption("s.15", "Information soon to be published", "Renseignements bientôt publiés", false, false),
            new Exemption("s.38", "The requester's own personal information",
                    "Renseignements personnels concernant l’auteur de la demande", false, false),
            new Exemption("s.52(3)", "Labour relations and employment records (excluded)",
                    "Relations de travail et emploi (exclus)", false, true));

    /** A ground of the catalogue by its section, as typed ("s.14", "14", "s.14(1)"). */
    public static Optional<Exemption> find(List<Exemption> catalogue, String cited) {
        if (cited == null) {
            return Optional.empty();
        }
        String wanted = normal(cited);
        return catalogue.stream().filter(e -> wanted.equals(normal(e.section()))
                || wanted.startsWith(normal(e.section()) + "(")).findFirst();
    }

    private static String normal(String section) {
        String s = section.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        return s.startsWith("s.") ? s.substring(2) : s.startsWith("s") ? s.substring(1) : s;
    }
}
