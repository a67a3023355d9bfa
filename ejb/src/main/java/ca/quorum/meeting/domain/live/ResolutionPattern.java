package ca.quorum.meeting.domain.live;

import ca.quorum.shared.domain.RuleViolation;

/**
 * How a municipality writes its resolution numbers, numbered per body and year: {@code {prefix}-{year}-{seq}} gives
 * {@code C-2027-045}. {@code {seq}} (three digits at least) is required; {@code {prefix}} is the body's prefix and
 * {@code {year}} the meeting's year.
 */
public record ResolutionPattern(String pattern) implements java.io.Serializable {

    public static final ResolutionPattern USUAL = new ResolutionPattern("{prefix}-{year}-{seq}");

    public ResolutionPattern {
        if (pattern == null || !pattern.contains("{seq}")) {
            throw RuleViolation.because("resolution.aResolutionNumberPatternContainsSeq");
        }
        if (pattern.length() > 60) {
            throw RuleViolation.because("resolution.aResolutionNumberPatternHasAt");
        }
    }

    /** The number of the {@code seq}th resolution of the body's year. */
    public String number(String prefix, int year, int seq) {
        return pattern.replace("{prefix}", prefix == null ? "" : prefix).replace("{year}", Integer.toString(year))
                .replace("{seq}", String.format("%03d", seq));
    }

    /** A body's usual prefix: C for council, otherwise the initials of its name (PDC). */
    public static String prefixOf(String bodyName, boolean council) {
        if (council) {
            return "C";
        }
        StringBuilder initials = new StringBuilder();
        for (String word : bodyName.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.isEmpty() ? "R" : initials.toString();
    }
}
