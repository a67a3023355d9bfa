package ca.quorum.meeting.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import ca.quorum.documents.domain.StoredFile;
import ca.quorum.shared.domain.RuleViolation;

/**
 * A staff report: its author drafts it and attaches PDFs, then it goes through the approval chain one step at a
 * time. Each approver approves (the next step follows; after the last the report is approved), returns it to the
 * author with a comment (the author revises and resubmits, and the chain starts over), or rejects it with a comment
 * (final). Only the author edits, and only a draft or a returned report.
 */
@Entity
@Table(name = "staff_report")
public class StaffReport {

    public static final int MAX_ATTACHMENTS = 40;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String recommendation;

    @Column(name = "body_text", nullable = false)
    private String body;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Column(name = "current_step", nullable = false)
    private int currentStep;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReportStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReportAttachment> attachments = new ArrayList<>();

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    private List<ReportEvent> history = new ArrayList<>();

    @Version
    private long version;

    protected StaffReport() {
    }

    public StaffReport(String author, String authorName, String title, String recommendation, String body,
            Instant now) {
        this.author = author;
        this.authorName = authorName;
        this.createdAt = now;
        this.status = ReportStatus.DRAFT;
        write(title, recommendation, body);
        history.add(new ReportEvent(this, now, author, "drafted", ""));
    }

    /** The author rewrites the text of a draft or a returned report. */
    public void revise(String actor, String newTitle, String newRecommendation, String newBody) {
        requireAuthorEditing(actor);
        write(newTitle, newRecommendation, newBody);
    }

    /** The author attaches a PDF (already checked: a readable, unencrypted PDF within the size limit). */
    public ReportAttachment attach(String actor, String fileName, StoredFile file, int pages) {
        requireAuthorEditing(actor);
        if (fileName == null || fileName.isBlank()) {
            throw RuleViolation.because("report.anAttachmentNeedsAFileName");
        }
        if (attachments.size() >= MAX_ATTACHMENTS) {
            throw RuleViolation.because("report.aReportCanHaveAtMost", MAX_ATTACHMENTS);
        }
        ReportAttachment attachment = new ReportAttachment(this, attachments.size(), fileName.strip(), file, pages);
        attachments.add(attachment);
        return attachment;
    }

    public void detach(String actor, long attachmentId) {
        requireAuthorEditing(actor);
        if (!attachments.removeIf(a -> a.id() != null && a.id() == attachmentId)) {
            throw RuleViolation.because("report.theReportHasNoAttachment", attachmentId);
        }
    }

    /** The author sends a draft or a returned report to the first step of {@code chain}. */
    public void submit(String actor, List<ApprovalStepSpec> chain, Instant now) {
        requireAuthorEditing(actor);
        if (chain.isEmpty()) {
            throw RuleViolation.because("report.theMunicipalityHasNoApprovalChain");
        }
        steps.clear();
        for (ApprovalStepSpec spec : chain) {
            steps.add(new ReportStep(this, steps.size(), spec));
        }
        currentStep = 0;
        status = ReportStatus.IN_APPROVAL;
        history.add(new ReportEvent(this, now, actor, "submitted", ""));
    }

    /** The approver of the current step approves; after the last step the report is approved. */
    public void approve(String actor, String comment, Instant now) {
        ReportStep step = requireCurrentApprover(actor);
        step.approve(now);
        history.add(new ReportEvent(this, now, actor, "approved: " + step.title(), comment));
        if (currentStep == steps.size() - 1) {
            status = ReportStatus.APPROVED;
        } else {
            currentStep++;
        }
    }

    /** The approver of the current step sends the report back to its author; a comment says what to change. */
    public void returnToAuthor(String actor, String comment, Instant now) {
        ReportStep step = requireCurrentApprover(actor);
        requireComment(comment, "returning");
        status = ReportStatus.RETURNED;
        history.add(new ReportEvent(this, now, actor, "returned: " + step.title(), comment));
    }

    /** The approver of the current step rejects the report for good; a comment says why. */
    public void reject(String actor, String comment, Instant now) {
        ReportStep step = requireCurrentApprover(actor);
        requireComment(comment, "rejecting");
        status = ReportStatus.REJECTED;
        history.add(new ReportEvent(this, now, actor, "rejected: " + step.title(), comment));
    }

    /** The step waiting for a decision, while the report is in approval. */
    public java.util.Optional<ReportStep> pendingStep() {
        return status == ReportStatus.IN_APPROVAL ? java.util.Optional.of(steps.get(currentStep))
                : java.util.Optional.empty();
    }

    public boolean awaits(String approver) {
        return pendingStep().map(s -> s.approver().equals(approver)).orElse(false);
    }

    public boolean approved() {
        return status == ReportStatus.APPROVED;
    }

    /** A report in approval can be placed on a draft agenda; the agenda is published only once it is approved. */
    public boolean canGoOnAgenda() {
        return status == ReportStatus.IN_APPROVAL || status == ReportStatus.APPROVED;
    }

    private void write(String newTitle, String newRecommendation, String newBody) {
        List<RuleViolation.Refusal> problems = new ArrayList<>();
        if (newTitle == null || newTitle.isBlank()) {
            problems.add(RuleViolation.refusal("report.aReportNeedsATitle"));
        } else if (newTitle.strip().length() > ItemDraft.MAX_TITLE) {
            problems.add(RuleViolation.refusal("report.aReportTitleCanHaveAt", ItemDraft.MAX_TITLE));
        }
        if (newRecommendation == null || newRecommendation.isBlank()) {
            problems.add(RuleViolation.refusal("report.aReportNeedsARecommendation"));
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.of(problems);
        }
        title = newTitle.strip();
        recommendation = newRecommendation.strip();
        body = newBody == null ? "" : newBody.strip();
    }

    /** Refuses, with the reason, unless {@code actor} may change the report now. */
    public void checkEditableBy(String actor) {
        requireAuthorEditing(actor);
    }

    private void requireAuthorEditing(String actor) {
        if (!author.equals(actor)) {
            throw RuleViolation.because("report.onlyTheAuthorCanChangeOr", authorName);
        }
        if (!status.editable()) {
            throw RuleViolation.because("report.theReportIsAndCannotBe",
                    RuleViolation.term("report." + status.name()));
        }
    }

    private ReportStep requireCurrentApprover(String actor) {
        ReportStep step = pendingStep()
                .orElseThrow(() -> RuleViolation.because("report.theReportIsThereIsNo",
                        RuleViolation.term("report." + status.name())));
        if (!step.approver().equals(actor)) {
            throw RuleViolation.because("report.thisStepWaitsForNotFor", step.title(), step.approver());
        }
        return step;
    }

    private static void requireComment(String comment, String what) {
        if (comment == null || comment.isBlank()) {
            throw RuleViolation.because("report.sayWhyInACommentWhen." + what);
        }
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String recommendation() {
        return recommendation;
    }

    public String body() {
        return body;
    }

    public String author() {
        return author;
    }

    public String authorName() {
        return authorName;
    }

    public ReportStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<ReportStep> steps() {
        return Collections.unmodifiableList(steps);
    }

    public List<ReportAttachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    public List<ReportEvent> history() {
        return Collections.unmodifiableList(history);
    }
}
