package ca.quorum.records.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ca.quorum.shared.domain.RuleViolation;

/**
 * A class of the classification plan: its code ("C01", "C01.05"), its title in English and French, what it holds, the
 * class it sits under (none for the top level) and the one retention rule of its records. "The class determines the
 * destiny" (MoReq2010): a record's retention follows from its class.
 */
public record RecordClass(String code, String titleEn, String titleFr, String description, String parent,
        RetentionRule rule) {

    /** Letters and digits, then letters, digits, dots or hyphens: at most 20. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9.\\-]{0,19}");

    public RecordClass {
        List<RuleViolation.Refusal> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            problems.add(RuleViolation.refusal("plan.code"));
        }
        if (titleEn == null || titleEn.isBlank() || titleFr == null || titleFr.isBlank()) {
            problems.add(RuleViolation.refusal("plan.titles"));
        }
        if (rule == null) {
            problems.add(RuleViolation.refusal("plan.rule"));
        }
        if (code != null && code.strip().equals(parent == null ? null : parent.strip())) {
            problems.add(RuleViolation.refusal("plan.ownParent"));
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.of(problems);
        }
        code = code.strip();
        titleEn = titleEn.strip();
        titleFr = titleFr.strip();
        description = description == null ? "" : description.strip();
        parent = parent == null || parent.isBlank() ? null : parent.strip();
    }

    /** The title in a language ({@code fr} or English). */
    public String title(String language) {
        return "fr".equals(language) ? titleFr : titleEn;
    }
}
