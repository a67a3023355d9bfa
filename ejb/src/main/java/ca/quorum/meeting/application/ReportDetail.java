package ca.quorum.meeting.application;

import java.time.Instant;
import java.util.List;

import ca.quorum.meeting.domain.StaffReport;

/** A staff report as its author, its approvers and the clerk see it. */
public record ReportDetail(long id, String title, String recommendation, String body, String author,
        String authorName, String status, String statusDescription, String waitingFor, String waitingStep,
        List<Step> steps, List<Attachment> attachments, List<Event> history) implements java.io.Serializable {

    public record Step(String title, String approver, Instant approvedAt) implements java.io.Serializable {
    }

    public record Attachment(long id, String name, String sha256, long size, int pages)
            implements java.io.Serializable {
    }

    public record Event(Instant at, String actor, String action, String comment) implements java.io.Serializable {
    }

    static ReportDetail of(StaffReport r) {
        return new ReportDetail(r.id(), r.title(), r.recommendation(), r.body(), r.author(), r.authorName(),
                r.status().name(), r.status().description(),
                r.pendingStep().map(s -> s.approver()).orElse(null), r.pendingStep().map(s -> s.title()).orElse(null),
                r.steps().stream().map(s -> new Step(s.title(), s.approver(), s.approvedAt())).toList(),
                r.attachments().stream().map(a -> new Attachment(a.id() == null ? 0 : a.id(), a.fileName(),
                        a.file().sha256(), a.file().size(), a.pages())).toList(),
                r.history().stream().map(e -> new Event(e.at(), e.actor(), e.action(), e.comment())).toList());
    }
}
