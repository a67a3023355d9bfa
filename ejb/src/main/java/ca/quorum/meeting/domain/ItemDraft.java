package ca.quorum.meeting.domain;

import java.util.ArrayList;
import java.util.List;

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
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("An item needs a title.");
        } else if (title.strip().length() > MAX_TITLE) {
            problems.add("An item title can have at most " + MAX_TITLE + " characters.");
        }
        if (isClosed() && (publicTitle == null || publicTitle.isBlank())) {
            problems.add("A closed item needs a public title, which the public agenda shows in place of its own.");
        }
        if (!isClosed() && publicTitle != null && !publicTitle.isBlank()) {
            problems.add("Only a closed item has a separate public title.");
        }
        return problems;
    }
}
