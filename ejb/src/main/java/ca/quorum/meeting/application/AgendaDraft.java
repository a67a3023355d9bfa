package ca.quorum.meeting.application;

import java.time.ZonedDateTime;
import java.util.List;

/** A meeting's agenda as the clerk edits it: numbered, with what each item may do next. */
public record AgendaDraft(long meetingId, String meetingTitle, String body, ZonedDateTime startsAt, String location,
        ZonedDateTime deadline, int publishedRevision, List<Section> sections, List<String> publishProblems)
        implements java.io.Serializable {

    public record Section(long id, String number, String title, String kind, boolean closed, boolean consent,
            List<Item> items) implements java.io.Serializable {
    }

    /** One item; {@code level} is 1 for an item and 2 for a sub-item (under {@code parentId}, else 0). */
    public record Item(long id, String number, int level, long parentId, int index, String title, String text,
            boolean closed, String closedReason, String publicTitle, boolean late, boolean awaitingApproval,
            Long reportId, String reportStatus, boolean first, boolean last, boolean canIndent)
            implements java.io.Serializable {
    }
}
