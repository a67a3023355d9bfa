package ca.quorum.meeting.domain;

import java.util.Arrays;
import java.util.Optional;

/** The reasons the Municipal Act (s.239) allows a meeting, or part of one, to be closed to the public. */
public enum ClosedReason {
    SECURITY_OF_PROPERTY("239(2)(a)", "the security of the property of the municipality or local board"),
    PERSONAL_MATTERS("239(2)(b)", "personal matters about an identifiable individual"),
    LAND("239(2)(c)", "a proposed or pending acquisition or disposition of land"),
    LABOUR_RELATIONS("239(2)(d)", "labour relations or employee negotiations"),
    LITIGATION("239(2)(e)", "litigation or potential litigation"),
    SOLICITOR_CLIENT("239(2)(f)", "advice that is subject to solicitor-client privilege"),
    OTHER_ACT("239(2)(g)", "a matter in respect of which another act allows a closed meeting"),
    GOVERNMENT_CONFIDENCE("239(2)(h)", "information explicitly supplied in confidence by Canada or a province"),
    THIRD_PARTY_SECRETS("239(2)(i)", "a trade secret or scientific, technical, commercial, financial or labour "
            + "relations information supplied in confidence by a third party"),
    MUNICIPAL_SECRETS("239(2)(j)", "a trade secret or scientific, technical, commercial or financial information "
            + "that belongs to the municipality and has monetary value"),
    NEGOTIATIONS("239(2)(k)", "a position, plan, procedure, criteria or instruction for negotiations"),
    FREEDOM_OF_INFORMATION("239(3)(a)", "a request under the Municipal Freedom of Information and Protection of "
            + "Privacy Act"),
    OMBUDSMAN("239(3)(b)", "an ongoing investigation by the Ombudsman or a closed-meeting investigator"),
    EDUCATION("239(3.1)", "educating or training the members, with no matter materially advanced");

    private final String section;
    private final String generalNature;

    ClosedReason(String section, String generalNature) {
        this.section = section;
        this.generalNature = generalNature;
    }

    /** The subsection that allows it, as cited in a resolution: {@code 239(2)(c)}. */
    public String section() {
        return section;
    }

    public String generalNature() {
        return generalNature;
    }

    /** How the public agenda cites it: {@code s.239(2)(c), a proposed or pending acquisition ...}. */
    public String citation() {
        return "s." + section + ", " + generalNature;
    }

    public static Optional<ClosedReason> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(v) || r.section.equals(v)
                || ("s." + r.section).equals(v)).findFirst();
    }
}
