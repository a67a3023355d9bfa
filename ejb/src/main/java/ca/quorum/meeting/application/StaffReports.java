package ca.quorum.meeting.application;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Roles;
import ca.quorum.admin.domain.UserAccountRepository;
import ca.quorum.documents.domain.StoredFile;
import ca.quorum.documents.infrastructure.FileStore;
import ca.quorum.documents.infrastructure.PdfInspection;
import ca.quorum.meeting.domain.ApprovalStep;
import ca.quorum.meeting.domain.ApprovalStepSpec;
import ca.quorum.meeting.domain.ReportStatus;
import ca.quorum.meeting.domain.StaffReport;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.application.RequestRefusedException;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.infrastructure.TenantFind;
import ca.quorum.shared.infrastructure.Configuration;

/**
 * Staff reports from draft to approval. Authors draft, attach PDFs and submit; each approver in the municipality's
 * chain approves, returns or rejects in turn. Every transition is appended to the audit chain in the same
 * transaction.
 */
@Stateless
@RolesAllowed({Roles.REPORT_AUTHOR, Roles.CLERK})
public class StaffReports {

    /** Attachments over this size are refused (QUORUM_MAX_UPLOAD_MB, default 50). */
    public static long maxUploadBytes() {
        return Long.parseLong(Configuration.get("QUORUM_MAX_UPLOAD_MB", "50")) * 1_048_576L;
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccountRepository users;

    @EJB
    FileStore files;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext session;

    @EJB
    ca.quorum.records.application.RetentionSchedule retention;

    @EJB
    ca.quorum.records.application.LegalHolds holds;

    public ReportDetail draft(String title, String recommendation, String body) {
        String me = Caller.username(session);
        String name = users.findByUsername(me).map(u -> u.displayName()).orElse(me);
        StaffReport report = new StaffReport(me, name, title, recommendation, body, Instant.now());
        em.persist(report);
        em.flush();
        java.time.LocalDate drafted = java.time.LocalDate.now(em.find(ca.quorum.admin.domain.Municipality.class,
                ca.quorum.shared.tenant.TenantContext.require()).timeZone());
        // not in a meeting until it is placed on an agenda (Agendas.addItem)
        retention.classify(ca.quorum.records.domain.RecordKind.STAFF_REPORT, report.id(), drafted, null, drafted);
        audit.record("ReportDrafted", "staff-report", report.id().toString(), Map.of("title", report.title()));
        return ReportDetail.of(report);
    }

    public ReportDetail revise(long id, String title, String recommendation, String body) {
        StaffReport report = load(id);
        holds.requireNotHeld(ca.quorum.records.domain.RecordKind.STAFF_REPORT, id);
        report.revise(Caller.username(session), title, recommendation, body);
        audit.record("ReportRevised", "staff-report", report.id().toString(), Map.of("title", report.title()));
        return ReportDetail.of(report);
    }

    /**
     * Attaches a PDF from a scratch file. A file that is not a PDF, is damaged or encrypted, or is over the size
     * limit is refused with its name and the reason, and nothing is stored.
     */
    public ReportDetail attach(long id, String fileName, Path file) {
        StaffReport report = load(id);
        report.checkEditableBy(Caller.username(session));
        holds.requireNotHeld(ca.quorum.records.domain.RecordKind.STAFF_REPORT, id);
        PdfInspection.Verdict verdict = PdfInspection.inspect(fileName, file, maxUploadBytes());
        if (!verdict.accepted()) {
            throw new ca.quorum.shared.application.UnacceptableFileException(verdict.refusal());
        }
        StoredFile stored = files.store(file, "application/pdf");
        report.attach(Caller.username(session), fileName, stored, verdict.pages());
        em.flush();
        audit.record("ReportAttachmentAdded", "staff-report", report.id().toString(),
                Map.of("file", fileName, "sha256", stored.sha256(), "pages", verdict.pages()));
        return ReportDetail.of(report);
    }

    public ReportDetail submit(long id) {
        StaffReport report = load(id);
        List<ApprovalStepSpec> chain = em.createQuery("select s from ApprovalStep s order by s.position",
                ApprovalStep.class).getResultList().stream().map(ApprovalStep::spec).toList();
        report.submit(Caller.username(session), chain, Instant.now());
        audit.record("ReportSubmitted", "staff-report", report.id().toString(),
                Map.of("title", report.title(), "chain", String.join(" > ",
                        chain.stream().map(s -> s.title() + " (" + s.approver() + ")").toList())));
        return ReportDetail.of(report);
    }

    public ReportDetail approve(long id, String comment) {
        StaffReport report = load(id);
        String step = report.pendingStep().map(s -> s.title()).orElse("");
        report.approve(Caller.username(session), comment, Instant.now());
        audit.record(report.approved() ? "ReportApproved" : "ReportStepApproved", "staff-report",
                report.id().toString(), details(report, step, comment));
        return ReportDetail.of(report);
    }

    public ReportDetail returnToAuthor(long id, String comment) {
        StaffReport report = load(id);
        String step = report.pendingStep().map(s -> s.title()).orElse("");
        report.returnToAuthor(Caller.username(session), comment, Instant.now());
        audit.record("ReportReturned", "staff-report", report.id().toString(), details(report, step, comment));
        return ReportDetail.of(report);
    }

    public ReportDetail reject(long id, String comment) {
        StaffReport report = load(id);
        String step = report.pendingStep().map(s -> s.title()).orElse("");
        report.reject(Caller.username(session), comment, Instant.now());
        audit.record("ReportRejected", "staff-report", report.id().toString(), details(report, step, comment));
        return ReportDetail.of(report);
    }

    /** A report its author, an approver in its chain, or the clerk may read. */
    public ReportDetail report(long id) {
        StaffReport report = TenantFind.byId(em, StaffReport.class, id).orElse(null);
        if (report == null || !mayRead(report)) {
            throw new RecordNotFoundException("staff report " + id);
        }
        return ReportDetail.of(report);
    }

    public List<ReportDetail> mine() {
        return em.createQuery("select r from StaffReport r where r.author = :me order by r.id desc",
                StaffReport.class).setParameter("me", Caller.username(session)).getResultList().stream()
                .map(ReportDetail::of).toList();
    }

    public List<ReportDetail> awaitingMe() {
        String me = Caller.username(session);
        return em.createQuery("select r from StaffReport r where r.status = :s order by r.id", StaffReport.class)
                .setParameter("s", ReportStatus.IN_APPROVAL).getResultList().stream()
                .filter(r -> r.awaits(me)).map(ReportDetail::of).toList();
    }

    /** Reports the clerk can put on an agenda: approved ones and those still in approval. */
    @RolesAllowed(Roles.CLERK)
    public List<ReportDetail> forAgenda() {
        return em.createQuery("select r from StaffReport r where r.status in :s order by r.title", StaffReport.class)
                .setParameter("s", List.of(ReportStatus.APPROVED, ReportStatus.IN_APPROVAL)).getResultList()
                .stream().map(ReportDetail::of).toList();
    }

    private boolean mayRead(StaffReport report) {
        String me = Caller.username(session);
        return session.isCallerInRole(Roles.CLERK) || report.author().equals(me)
                || report.steps().stream().anyMatch(s -> s.approver().equals(me));
    }

    private StaffReport load(long id) {
        StaffReport report = TenantFind.byId(em, StaffReport.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT)
                .orElse(null);
        if (report == null || !mayRead(report)) {
            throw new RecordNotFoundException("staff report " + id);
        }
        return report;
    }

    private static Map<String, Object> details(StaffReport report, String step, String comment) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("title", report.title());
        details.put("step", step);
        details.put("status", report.status().name());
        details.put("comment", comment == null ? "" : comment.strip());
        return details;
    }
}
