package ca.quorum.meeting.application;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import ca.quorum.meeting.domain.live.LiveMeeting;
import ca.quorum.meeting.domain.minutes.GeneratedMinutes;
import ca.quorum.meeting.domain.minutes.Minutes;
import ca.quorum.meeting.domain.minutes.MinutesGenerator;
import ca.quorum.meeting.domain.minutes.MinutesKind;
import ca.quorum.meeting.domain.minutes.MinutesSubject;
import ca.quorum.meeting.domain.minutes.MinutesVersion;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.shared.infrastructure.TenantFind;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Minutes, from the meeting's log to the signed record: the clerk generates the draft after the meeting, edits it
 * (sanitised rich text, every save a version), council adopts it by a carried motion at a later meeting (the text is
 * frozen and rendered as a tagged PDF), the chair and the clerk sign it; a correction is a new, linked record.
 * Closed-session minutes follow the same path and are only ever shown to the clerk, the chair and councillors.
 */
@Stateless
@RolesAllowed({Roles.CLERK, Roles.SYSTEM})
public class MinutesBook {

    @PersistenceContext
    EntityManager em;

    @EJB
    ca.quorum.discovery.application.ClosedRecordReads closedReads;

    @EJB
    MeetingConsole console;

    @EJB
    RecordFiles records;

    @EJB
    AuditLog audit;

    @EJB
    ca.quorum.discovery.application.SearchOutbox searchOutbox;

    @Resource
    SessionContext session;

    @EJB
    DeclaredInterests declaredInterests;

    @EJB
    ca.quorum.records.application.RetentionSchedule retention;

    @EJB
    ca.quorum.records.application.LegalHolds holds;

    /**
     * Writes draft minutes from the log of an adjourned meeting: new drafts, or a new version of drafts that exist
     * (their earlier versions stay in the history). Adopted minutes are never regenerated.
     */
    public List<MinutesView> generateMinutes(long meetingId) {
        MeetingConsole.MeetingRecord record = console.record(meetingId);
        if (record.live().status() != LiveMeeting.Status.ADJOURNED) {
            throw RuleViolation.because("minutes.minutesAreWrittenAfterTheMeeting",
                    RuleViolation.term("meeting." + record.live().status().name()));
        }
        Municipality municipality = em.find(Municipality.class, TenantContext.require());
        Locale language = "fr".equals(municipality.defaultLanguage()) ? Locale.CANADA_FRENCH : Locale.CANADA;
        Map<Long, String> members = new LinkedHashMap<>();
        record.members().forEach((id, m) -> members.put(id, m.fullName()));
        Meeting meeting = record.meeting();
        GeneratedMinutes generated = MinutesGenerator.generate(new MinutesSubject(municipality.name(language
                .getLanguage()), meeting.body().name(language.getLanguage()), meeting.title(), meeting.startsAt(),
                meeting.location(), municipality.timeZone(), language, members, record.items(),
                record.live().rules().weights()), record.events());
        List<MinutesView> out = new ArrayList<>();
        out.add(view(write(meetingId, MinutesKind.OPEN, generated.open())));
        generated.closed().ifPresent(closed -> out.add(view(write(meetingId, MinutesKind.CLOSED, closed))));
        return out;
    }

    private Minutes write(long meetingId, MinutesKind kind, String html) {
        Optional<Minutes> existing = original(meetingId, kind);
        String by = Caller.principalOrSystem(session);
        if (existing.isPresent()) {
            Minutes minutes = existing.get();
            if (minutes.adopted()) {
                throw RuleViolation.because("minutes.theseMinutesWereAdoptedTheyAre");
            }
            holds.requireNotHeld(ca.quorum.records.domain.RecordKind.MINUTES, minutes.id());
            if (minutes.edit(html, false, minutes.version())) {
                em.persist(new MinutesVersion(minutes, by, Instant.now(), "generated again from the meeting log"));
            }
            return minutes;
        }
        Minutes minutes = Minutes.draft(meetingId, kind, html, Instant.now());
        em.persist(minutes);
        em.flush();
        classify(minutes);
        em.persist(new MinutesVersion(minutes, by, Instant.now(), "generated from the meeting log"));
        audit.record("MinutesGenerated", "minutes", Long.toString(minutes.id()),
                Map.of("meeting", meetingId, "kind", kind.name()));
        return minutes;
    }

    /** Saves a new version of draft minutes; refuses adopted minutes, empty text, and a stale base version. */
    public MinutesView editMinutes(long minutesId, String html, int basedOnVersion) {
        Minutes minutes = find(minutesId, LockModeType.PESSIMISTIC_WRITE);
        holds.requireNotHeld(ca.quorum.records.domain.RecordKind.MINUTES, minutesId);
        String clean = RichText.sanitize(html);
        if (minutes.edit(clean, RichText.plainText(clean).isEmpty(), basedOnVersion)) {
            em.persist(new MinutesVersion(minutes, Caller.principalOrSystem(session), Instant.now(), "edited"));
            audit.record("MinutesEdited", "minutes", Long.toString(minutesId), Map.of("version",
                    minutes.version()));
        }
        return view(minutes);
    }

    /**
     * Adopts minutes by a motion carried at a later meeting of the same body: freezes the text, renders the tagged
     * PDF and publishes it (open minutes publicly; closed-session minutes are registered but never public).
     */
    public MinutesView adoptMinutes(long minutesId, long atMeetingId, long motion) {
        Minutes minutes = find(minutesId, LockModeType.PESSIMISTIC_WRITE);
        Meeting recorded = meeting(minutes.meetingId());
        Meeting adopting = meeting(atMeetingId);
        if (!adopting.body().id().equals(recorded.body().id()) || !adopting.startsAt().isAfter(recorded.startsAt())) {
            throw RuleViolation.because("minutes.adoptedAtALaterMeetingOf", recorded.body().name("en"));
        }
        requireCarried(atMeetingId, motion);
        holds.requireNotHeld(ca.quorum.records.domain.RecordKind.MINUTES, minutesId);
        Instant now = Instant.now();
        String title = title(minutes, recorded);
        Municipality municipality = em.find(Municipality.class, TenantContext.require());
        String language = "fr".equals(municipality.defaultLanguage()) ? "fr-CA" : "en-CA";
        byte[] pdf = RecordPdf.render(title, language, minutes.html(), municipality.name() + " \u2014 " + title);
        boolean open = minutes.kind() == MinutesKind.OPEN;
        StoredFile file = records.publish(pdf, RecordType.MINUTES, minutesId, title,
                "Adopted " + date(now) + "; not yet signed", open);
        minutes.adopt(atMeetingId, motion, file.id(), Caller.principalOrSystem(session), now);
        retention.triggered(ca.quorum.records.domain.RecordKind.MINUTES, minutesId, now.atZone(
                municipality.timeZone()).toLocalDate(), "adopted");
        searchOutbox.enqueue(ca.quorum.discovery.application.SearchOutbox.Kind.MINUTES, minutesId);
        audit.record("MinutesAdopted", "minutes", Long.toString(minutesId), Map.of("atMeeting", atMeetingId,
                "motion", motion, "pdfSha256", file.sha256()));
        return view(minutes);
    }

    /** Files new minutes (or a correction) under the minutes class; their retention runs from adoption. */
    private void classify(Minutes minutes) {
        Meeting meeting = meeting(minutes.meetingId());
        java.time.LocalDate day = meeting.startsAt().atZone(em.find(Municipality.class, TenantContext.require())
                .timeZone()).toLocalDate();
        retention.classify(ca.quorum.records.domain.RecordKind.MINUTES, minutes.id(), null, minutes.meetingId(), day);
    }

    /** Starts a correction of adopted minutes: a new draft linked to them (and they to it). */
    public MinutesView correctMinutes(long minutesId) {
        Minutes minutes = find(minutesId, LockModeType.PESSIMISTIC_WRITE);
        Minutes correction = minutes.correction(Instant.now());
        em.persist(correction);
        em.flush();
        classify(correction);
        minutes.correctedBy(correction.id());
        em.persist(new MinutesVersion(correction, Caller.principalOrSystem(session), Instant.now(),
                "correction of minutes " + minutesId));
        audit.record("MinutesCorrectionStarted", "minutes", Long.toString(correction.id()),
                Map.of("corrects", minutesId));
        return view(correction);
    }

    /** The chair or the clerk signs adopted minutes (see {@link RecordFiles#sign} for what is refused). */
    @RolesAllowed({Roles.CLERK, Roles.CHAIR})
    public MinutesView signMinutes(long minutesId, String keystorePassword) {
        Minutes minutes = find(minutesId, LockModeType.PESSIMISTIC_WRITE);
        Meeting recorded = meeting(minutes.meetingId());
        StoredFile signed = records.sign(RecordType.MINUTES, minutesId, minutes.pdfId() == null ? 0
                : minutes.pdfId(), minutes.adopted(), title(minutes, recorded),
                minutes.kind() == MinutesKind.OPEN, keystorePassword, ca.quorum.meeting.domain.ChairAuthority.presides(
                        recorded, em.find(Municipality.class, TenantContext.require()).timeZone(),
                        Caller.username(session)));
        minutes.signedAs(signed.id());
        searchOutbox.enqueue(ca.quorum.discovery.application.SearchOutbox.Kind.MINUTES, minutesId);
        return view(minutes);
    }

    /** The minutes of a meeting the caller may read: members see drafts and closed-session minutes. */
    @PermitAll
    public List<MinutesView> minutesOf(long meetingId) {
        meeting(meetingId);
        List<Minutes> readable = em.createQuery("select m from Minutes m where m.meetingId = :m order by m.id",
                Minutes.class).setParameter("m", meetingId).getResultStream().filter(this::readable).toList();
        readable.stream().filter(m -> m.kind() == MinutesKind.CLOSED)
                .forEach(m -> closedReads.noteIfFoi("minutes", m.id(), "closed-session minutes (text)"));
        return readable.stream().map(this::view).toList();
    }

    @PermitAll
    public MinutesView minutes(long minutesId) {
        Minutes minutes = find(minutesId, LockModeType.NONE);
        if (!readable(minutes)) {
            throw new RecordNotFoundException("minutes " + minutesId);
        }
        if (minutes.kind() == MinutesKind.CLOSED) {
            closedReads.noteIfFoi("minutes", minutesId, "closed-session minutes (text)");
        }
        return view(minutes);
    }

    @RolesAllowed({Roles.CLERK, Roles.CHAIR, Roles.COUNCILLOR})
    public List<MinutesVersionView> history(long minutesId) {
        minutes(minutesId);
        return em.createQuery("select v from MinutesVersion v where v.minutesId = :m order by v.version desc",
                MinutesVersion.class).setParameter("m", minutesId).getResultStream()
                .map(v -> new MinutesVersionView(v.version(), v.editedBy(), v.editedAt(), v.note(), v.html()))
                .toList();
    }

    /** Writes the adopted minutes' current PDF (signed, once signed) to a reader allowed to have it. */
    @PermitAll
    public void writeMinutesPdf(long minutesId, OutputStream out) throws IOException {
        Minutes stored = find(minutesId, LockModeType.NONE);
        if (!readable(stored)) {
            throw new RecordNotFoundException("minutes " + minutesId);
        }
        if (stored.pdfId() == null) {
            throw new RecordNotFoundException("minutes " + minutesId + " have no PDF until adopted");
        }
        if (stored.kind() == MinutesKind.CLOSED) {
            closedReads.noteIfFoi("minutes", minutesId, "closed-session minutes");
        }
        records.write(stored.pdfId(), out);
    }

    /** Main motions carried at a meeting, to pick the one that adopts minutes (or enacts a by-law). */
    @RolesAllowed({Roles.CLERK, Roles.CHAIR})
    public List<CarriedMotion> carriedMotions(long meetingId) {
        return carried(meeting(meetingId));
    }

    private List<CarriedMotion> carried(Meeting meeting) {
        return console.record(meeting.id()).live().motions().stream()
                .filter(LiveMeeting.Motion::enacts)
                .map(m -> new CarriedMotion(meeting.id(), meeting.title(), meeting.startsAt(), m.id(), m.text()))
                .toList();
    }

    /** Carried motions at later meetings of the same body: what can adopt these minutes. */
    @RolesAllowed({Roles.CLERK, Roles.CHAIR})
    public List<CarriedMotion> adoptionMotions(long minutesId) {
        Meeting recorded = meeting(find(minutesId, LockModeType.NONE).meetingId());
        return meetingsWithLogs().stream().filter(m -> m.body().id().equals(recorded.body().id())
                && m.startsAt().isAfter(recorded.startsAt())).flatMap(m -> carried(m).stream()).toList();
    }

    /** Carried motions of the meetings that have been held (newest first), to enact a by-law. */
    @RolesAllowed({Roles.CLERK, Roles.CHAIR})
    public List<CarriedMotion> recentCarriedMotions() {
        return meetingsWithLogs().stream().limit(20).flatMap(m -> carried(m).stream()).toList();
    }

    private List<Meeting> meetingsWithLogs() {
        return em.createQuery("select m from Meeting m where exists (select e.id from LoggedEvent e where "
                + "e.meetingId = m.id) order by m.startsAt desc", Meeting.class).setMaxResults(100).getResultList();
    }

    /** Refuses unless the motion is a main motion carried in open session at that meeting. */
    @RolesAllowed({Roles.CLERK, Roles.CHAIR, Roles.SYSTEM})
    public void requireCarried(long meetingId, long motion) {
        console.record(meetingId).live().enactingMotion(motion);
    }

    private boolean readable(Minutes minutes) {
        boolean member = session.isCallerInRole(Roles.CLERK) || session.isCallerInRole(Roles.CHAIR)
                || session.isCallerInRole(Roles.COUNCILLOR);
        if (member && minutes.kind() == MinutesKind.CLOSED && declaredInterests.closedMaterialWithheld(
                minutes.meetingId())) {
            return false; // a member who declared an interest in a closed item (MCIA s.5)
        }
        // the FOI officer reads every adopted record, closed-session minutes too (to review them for release)
        return member || (minutes.adopted() && (minutes.kind() == MinutesKind.OPEN
                || session.isCallerInRole(Roles.FOI_OFFICER)));
    }

    private Optional<Minutes> original(long meetingId, MinutesKind kind) {
        return em.createQuery("select m from Minutes m where m.meetingId = :m and m.kind = :k and m.correctsId is "
                + "null", Minutes.class).setParameter("m", meetingId).setParameter("k", kind)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private Minutes find(long minutesId, LockModeType lock) {
        return TenantFind.byId(em, Minutes.class, minutesId, lock)
                .orElseThrow(() -> new RecordNotFoundException("minutes " + minutesId));
    }

    private Meeting meeting(long meetingId) {
        return TenantFind.byId(em, Meeting.class, meetingId)
                .orElseThrow(() -> new RecordNotFoundException("meeting " + meetingId));
    }

    private String title(Minutes minutes, Meeting meeting) {
        return (minutes.kind() == MinutesKind.CLOSED ? "Closed session minutes: " : "Minutes: ") + meeting.title()
                + ", " + date(meeting.startsAt()) + (minutes.correctsId() != null ? " (correction)" : "");
    }

    /** A day in the municipality's zone, as "16 March 2027". */
    private String date(Instant at) {
        Municipality municipality = em.find(Municipality.class, TenantContext.require());
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.CANADA).format(at.atZone(municipality.timeZone()));
    }

    private MinutesView view(Minutes m) {
        Meeting meeting = meeting(m.meetingId());
        String adoptedTitle = m.adoptedMeetingId() == null ? null : meeting(m.adoptedMeetingId()).title();
        String sha = m.pdfId() == null ? null : records.file(m.pdfId()).sha256();
        return new MinutesView(m.id(), m.meetingId(), meeting.title(), meeting.startsAt(), m.kind(), m.status(),
                m.html(), m.version(), m.adoptedAt(), m.adoptedMeetingId(), adoptedTitle, m.adoptedMotion(),
                m.correctsId(), m.correctedById(), sha, records.signatureViews(RecordType.MINUTES, m.id()));
    }
}
