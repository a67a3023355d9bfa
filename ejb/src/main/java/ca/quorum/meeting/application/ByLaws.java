package ca.quorum.meeting.application;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Municipality;
import ca.quorum.admin.domain.Roles;
import ca.quorum.documents.application.RecordFiles;
import ca.quorum.documents.domain.RecordType;
import ca.quorum.documents.domain.StoredFile;
import ca.quorum.documents.infrastructure.RecordPdf;
import ca.quorum.documents.infrastructure.RichText;
import ca.quorum.meeting.domain.Meeting;
import ca.quorum.meeting.domain.minutes.ByLaw;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.shared.infrastructure.TenantFind;
import ca.quorum.shared.tenant.TenantContext;

/**
 * The by-law registry: the clerk registers a by-law once a carried motion has enacted it (number, title, text,
 * readings, linked to the meeting and motion); it is rendered as a tagged PDF, published, and signed by the head of
 * council and the clerk. The registry is public.
 */
@Stateless
@RolesAllowed({Roles.CLERK, Roles.SYSTEM})
public class ByLaws {

    @PersistenceContext
    EntityManager em;

    @EJB
    MinutesBook minutes;

    @EJB
    RecordFiles records;

    @EJB
    AuditLog audit;

    @EJB
    ca.quorum.discovery.application.SearchOutbox searchOutbox;

    @Resource
    SessionContext session;

    @EJB
    ca.quorum.records.application.RetentionSchedule retention;

    public ByLawView registerByLaw(ByLaw.Draft draft, long meetingId, long motion) {
        Meeting meeting = TenantFind.byId(em, Meeting.class, meetingId)
                .orElseThrow(() -> new RecordNotFoundException("meeting " + meetingId));
        Municipality municipality = em.find(Municipality.class, TenantContext.require());
        LocalDate enacted = meeting.startsAt().atZone(municipality.timeZone()).toLocalDate();
        String html = RichText.sanitize(draft.html());
        ByLaw.Draft clean = new ByLaw.Draft(draft.number(), draft.title(), html, RichText.plainText(html).isEmpty(),
                draft.firstReading(), draft.secondReading(), draft.thirdReading());
        ByLaw.check(clean, enacted);
        String number = clean.number().strip();
        if (!em.createQuery("select b.id from ByLaw b where b.number = :n", Long.class).setParameter("n", number)
                .getResultList().isEmpty()) {
            throw RuleViolation.because("bylaw.byLawIsAlreadyRegisteredEach", number);
        }
        minutes.requireCarried(meetingId, motion);
        String title = "By-law " + number + ": " + clean.title().strip();
        String document = "<h1>" + escape(title) + "</h1><p>" + escape(municipality.name()) + "</p>"
                + "<h2>Readings</h2><ul><li>First reading: " + or(clean.firstReading(), enacted) + "</li>"
                + "<li>Second reading: " + or(clean.secondReading(), enacted) + "</li><li>Third reading and "
                + "enactment: " + or(clean.thirdReading(), enacted) + "</li></ul>"
                + "<p>Enacted at " + escape(meeting.title()) + " on " + enacted + ", motion " + motion + ".</p>"
                + "<h2>Text</h2>" + html;
        String language = "fr".equals(municipality.defaultLanguage()) ? "fr-CA" : "en-CA";
        byte[] pdf = RecordPdf.render(title, language, document, municipality.name() + " \u2014 " + title);
        StoredFile file = records.store(pdf);
        ByLaw byLaw = new ByLaw(clean, enacted, meetingId, motion, file.id(), Caller.principalOrSystem(session),
                Instant.now());
        em.persist(byLaw);
        em.flush();
        retention.classify(ca.quorum.records.domain.RecordKind.BYLAW, byLaw.id(), enacted, meetingId,
                enacted); // permanent
        em.flush();
        records.register(file, RecordType.BYLAW, byLaw.id(), title, "Enacted " + enacted + "; not yet signed", true);
        searchOutbox.enqueue(ca.quorum.discovery.application.SearchOutbox.Kind.BYLAW, byLaw.id());
        audit.record("ByLawRegistered", "bylaw", Long.toString(byLaw.id()), Map.of("number", number,
                "meeting", meetingId, "motion", motion, "pdfSha256", file.sha256()));
        return view(byLaw);
    }

    @RolesAllowed({Roles.CLERK, Roles.CHAIR})
    public ByLawView signByLaw(long id, String keystorePassword) {
        ByLaw byLaw = find(id, LockModeType.PESSIMISTIC_WRITE);
        StoredFile signed = records.sign(RecordType.BYLAW, id, byLaw.pdfId(), true,
                "By-law " + byLaw.number() + ": " + byLaw.title(), true, keystorePassword,
                ca.quorum.meeting.domain.ChairAuthority.presides(TenantFind.byId(em, Meeting.class, byLaw.meetingId(),
                        LockModeType.NONE).orElseThrow(), em.find(Municipality.class, TenantContext.require())
                        .timeZone(), Caller.username(session)));
        byLaw.signedAs(signed.id());
        searchOutbox.enqueue(ca.quorum.discovery.application.SearchOutbox.Kind.BYLAW, id);
        return view(byLaw);
    }

    /** The public registry, newest first. */
    @PermitAll
    public List<ByLawView> registry() {
        return em.createQuery("select b from ByLaw b order by b.enactedOn desc, b.id desc", ByLaw.class)
                .getResultStream().map(this::view).toList();
    }

    @PermitAll
    public ByLawView byLaw(long id) {
        return view(find(id, LockModeType.NONE));
    }

    @PermitAll
    public void writeByLawPdf(long id, OutputStream out) throws IOException {
        records.write(find(id, LockModeType.NONE).pdfId(), out);
    }

    private ByLaw find(long id, LockModeType lock) {
        return TenantFind.byId(em, ByLaw.class, id, lock).orElseThrow(() -> new RecordNotFoundException(
                "by-law " + id));
    }

    private ByLawView view(ByLaw b) {
        String meetingTitle = TenantFind.byId(em, Meeting.class, b.meetingId()).map(Meeting::title).orElse("");
        return new ByLawView(b.id(), b.number(), b.title(), b.html(), b.firstReading(), b.secondReading(),
                b.thirdReading(), b.enactedOn(), b.meetingId(), meetingTitle, b.motion(),
                records.file(b.pdfId()).sha256(), records.signatureViews(RecordType.BYLAW, b.id()));
    }

    private static LocalDate or(LocalDate date, LocalDate fallback) {
        return date == null ? fallback : date;
    }

    private static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text);
    }
}
