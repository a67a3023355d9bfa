package ca.quorum.meeting.domain;

import java.util.ArrayList;
import java.util.List;

import ca.quorum.shared.domain.RuleViolation;

/**
 * What the clerk enters for a new agenda item. A closed item carries the s.239 reason and the title the public sees
 * in place of its own.
 */
public record ItemDraft(String title, String text, ClosedReason closedReason, String publicTitle, StaffReport report) {

    public static final int MAX_TITLE = 300;

    public static ItemDraft open(String title, String text) {
        return new ItemDraft(title, text, null, null, null);
    }

    public static ItemDraft closed(String title, ClosedReason reason, String publicTitle) {
        return new ItemDraft(title, null, reason, publicTitle, null);
    }

    public static ItemDraft forReport(StaffReport report) {
        return new ItemDraft(report.title(), null, null, null, report);
    }

    public boolean isClosed() {
        return closedReason != null;
    }

    /** Everything wrong with the draft on its own, in the clerk's words; empty when it can be added. */
    public List<RuleViolation.Refusal> problems() {
        List<RuleViolation.Refusal> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(RuleViolation.refusal("item.anItemNeedsATitle"));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.add(RuleViolation.refusal("item.anItemTitleCanHaveAt", MAX_TITLE));
        }
        if (isClosed() && (publicTitle == null || publicTitle.isBlank())) {
            problems.add(RuleViolation.refusal("item.aClosedItemNeedsAPublic"));
        }
        if (!isClosed() && publicTitle != null && !publicTitle.isBlank()) {
            problems.add(RuleViolation.refusal("item.onlyAClosedItemHasA"));
        }
        return problems;
    }
}
