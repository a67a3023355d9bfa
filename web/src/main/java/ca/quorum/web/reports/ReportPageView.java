package ca.quorum.web.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import jakarta.servlet.http.Part;

import ca.quorum.meeting.application.ReportDetail;
import ca.quorum.meeting.application.StaffReports;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.Notices;
import ca.quorum.web.security.CurrentUser;

/** One staff report: its author edits, attaches and submits it; the approver of the current step decides. */
@Named
@ViewScoped
public class ReportPageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    StaffReports reports;

    @jakarta.inject.Inject
    CurrentUser me;

    private long id;
    private ReportDetail report;
    private String title;
    private String recommendation;
    private String body;
    private String comment;
    private transient Part file;

    @PostConstruct
    void init() {
        id = Notices.idParameter("id");
        if (id > 0) {
            show(reports.report(id));
        }
    }

    private void show(ReportDetail detail) {
        report = detail;
        title = detail.title();
        recommendation = detail.recommendation();
        body = detail.body();
    }

    private void apply(Supplier<ReportDetail> change, String doneKey, Object... args) {
        try {
            show(change.get());
            comment = null;
            Notices.done(doneKey, args);
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public void save() {
        apply(() -> reports.revise(id, title, recommendation, body), "reports.saved");
    }

    public void attach() {
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            Notices.refusedBecause("reports.noFile");
            return;
        }
        Path scratch = null;
        try {
            scratch = Files.createTempFile("quorum-upload-", ".bin");
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, scratch, StandardCopyOption.REPLACE_EXISTING);
            }
            Path uploaded = scratch;
            String name = ca.quorum.documents.domain.FileName.plain(file.getSubmittedFileName());
            apply(() -> reports.attach(id, name, uploaded), "reports.attached", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
            if (scratch != null) {
                try {
                    Files.deleteIfExists(scratch);
                } catch (IOException e) {
                    // a scratch file in the temp folder
                }
            }
        }
    }

    public void submit() {
        apply(() -> reports.submit(id), "reports.submitted");
    }

    public void approve() {
        apply(() -> reports.approve(id, comment), "reports.approved");
    }

    public void returnToAuthor() {
        apply(() -> reports.returnToAuthor(id, comment), "reports.returned");
    }

    public void reject() {
        apply(() -> reports.reject(id, comment), "reports.rejected");
    }

    /** The signed-in user wrote the report and may still change it. */
    public boolean isEditable() {
        return report != null && ("DRAFT".equals(report.status()) || "RETURNED".equals(report.status()))
                && me.user().map(u -> u.username().equals(report.author())).orElse(false);
    }

    /** The signed-in user approves the step the report waits at. */
    public boolean isDeciding() {
        return report != null && report.waitingFor() != null
                && me.user().map(u -> u.username().equals(report.waitingFor())).orElse(false);
    }

    public ReportDetail getReport() {
        return report;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(String recommendation) {
        this.recommendation = recommendation;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
