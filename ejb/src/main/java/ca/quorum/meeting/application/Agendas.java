package ca.quorum.meeting.application;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Municipality;
import ca.quorum.admin.domain.Roles;
import ca.quorum.documents.domain.StoredFile;
import ca.quorum.documents.infrastructure.AgendaPdf;
import ca.quorum.documents.infrastructure.FileStore;
import ca.quorum.meeting.domain.Agenda;
import ca.quorum.meeting.domain.AgendaItem;
import ca.quorum.meeting.domain.AgendaRevision;
import ca.quorum.meeting.domain.AgendaSection;
import ca.quorum.meeting.domain.AgendaTemplate;
import ca.quorum.meeting.domain.Audience;
import ca.quorum.meeting.domain.Body;
import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.meeting.domain.ItemDraft;
import ca.quorum.meeting.domain.Meeting;
import ca.quorum.meeting.domain.PublishedAgenda;
import ca.quorum.meeting.domain.StaffReport;
import ca.quorum.meeting.domain.TemplateSection;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.application.RequestRefusedException;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.infrastructure.TenantFind;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Meetings and their agendas: the clerk schedules a meeting (its agenda starts from the body's template), builds
 * the agenda, and publishes it as numbered revisions; anyone reads what is published, the public without closed
 * items. Every change is audited.
 */
@Stateless
@RolesAllowed({Roles.CLERK, Roles.SYSTEM})
public class Agendas {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @EJB
    ca.quorum.discovery.application.SearchOutbox searchOutbox;

    @EJB
    ca.quorum.discovery.application.ClosedRecordReads closedReads;

    @EJB
    ca.quorum.records.application.RetentionSchedule retention;

    @EJB
    FileStore files;

    @EJB
    Packets packets;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext session;

    @EJB
    DeclaredInterests declaredInterests;

    /** Schedules a meeting of a body at a local date and time of the municipality; its agenda follows the template. */
    public long scheduleMeeting(long bodyId, String title, boolean special, LocalDateTime start, String location) {
        Body body = body(bodyId);
        List<String> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add("A meeting needs a title.");
        }
        if (start == null) {
            problems.add("A meeting needs a date and a start time.");
        }
        if (location == null || location.isBlank()) {
            problems.add("A meeting needs a location.");
        }
        if (!problems.isEmpty()) {
            throw new RequestRefusedException(problems);
        }
        Meeting meeting = new Meeting(body, title, special, start.atZone(zone()).toInstant(), location);
        em.persist(meeting);
        Agenda agenda = new Agenda(meeting, template(body).sections());
        em.persist(agenda);
        em.flush();
        audit.record("MeetingScheduled", "meeting", meeting.id().toString(), Map.of("title", meeting.title(),
                "body", body.name("en"), "startsAt", meeting.startsAt().toString(), "location", meeting.location(),
                "special", special));
        return meeting.id();
    }

    public AgendaDraft agenda(long meetingId) {
        return draft(agendaOf(meetingId, false));
    }

    public AgendaDraft addItem(long meetingId, long sectionId, String title, String text, String closedReason,
            String publicTitle, Long reportId) {
        Agenda agenda = agendaOf(meetingId);
        ClosedReason reason = null;
        if (closedReason != null && !closedReason.isBlank()) {
            reason = ClosedReason.parse(closedReason).orElseThrow(() -> new RequestRefusedException(
                    "\"" + closedReason + "\" is not a reason of Municipal Act s.239."));
        }
        StaffReport report = null;
        if (reportId != null) {
            report = TenantFind.byId(em, StaffReport.class, reportId).orElseThrow(
                    () -> new RequestRefusedException("There is no staff report " + reportId + "."));
        }
        if (report != null) {
            // from now on the report belongs to this meeting: holds on the meeting or its body cover it
            retention.placedIn(ca.quorum.records.domain.RecordKind.STAFF_REPORT, report.id(), meetingId);
        }
        String itemTitle = (title == null || title.isBlank()) && report != null ? report.title() : title;
        AgendaItem item = agenda.addItem(agenda.section(sectionId),
                new ItemDraft(itemTitle, text, reason, publicTitle, report), Instant.now(), zone());
        em.flush();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", agenda.number(item));
        details.put("title", auditTitle(item));
        details.put("closed", item.closed() ? item.closedReason().section() : "");
        details.put("report", report == null ? "" : report.id().toString());
        details.put("late", item.late());
        audit.record("AgendaItemAdded", "meeting", Long.toString(meetingId), details);
        return draft(agenda);
    }

    public AgendaDraft moveUp(long meetingId, long itemId) {
        return change(meetingId, itemId, "up", (a, i) -> a.moveUp(i));
    }

    public AgendaDraft moveDown(long meetingId, long itemId) {
        return change(meetingId, itemId, "down", (a, i) -> a.moveDown(i));
    }

    public AgendaDraft indent(long meetingId, long itemId) {
        return change(meetingId, itemId, "indent", (a, i) -> a.indent(i));
    }

    public AgendaDraft outdent(long meetingId, long itemId) {
        return change(meetingId, itemId, "outdent", (a, i) -> a.outdent(i));
    }

    public AgendaDraft approveLateItem(long meetingId, long itemId) {
        return change(meetingId, itemId, "late-approved", (a, i) -> a.approveLateItem(i));
    }

    public AgendaDraft remove(long meetingId, long itemId) {
        Agenda agenda = agendaOf(meetingId);
        AgendaItem item = agenda.item(itemId);
        String number = agenda.number(item);
        agenda.remove(item);
        audit.record("AgendaItemRemoved", "meeting", Long.toString(meetingId),
                Map.of("number", number, "title", auditTitle(item)));
        return draft(agenda);
    }

    /** Drag-and-drop: the item goes to {@code index} in the section, under {@code parentId} when given. */
    public AgendaDraft moveTo(long meetingId, long itemId, long sectionId, Long parentId, int index) {
        Agenda agenda = agendaOf(meetingId);
        AgendaItem item = agenda.item(itemId);
        String before = agenda.number(item);
        agenda.moveTo(item, agenda.section(sectionId), parentId == null ? null : agenda.item(parentId), index);
        audit.record("AgendaItemMoved", "meeting", Long.toString(meetingId),
                Map.of("title", auditTitle(item), "from", before, "to", agenda.number(item)));
        return draft(agenda);
    }

    /**
     * Publishes the agenda as its next revision: the snapshot, a public PDF without closed items and a members'
     * PDF, each stored once with its SHA-256; then the packet build starts in the background. Refused, with every
     * reason, while a late item waits for approval or a report is not approved.
     */
    public int publish(long meetingId) {
        Agenda agenda = agendaOf(meetingId);
        Municipality municipality = municipality();
        PublishedAgenda complete = agenda.publish(Instant.now(), this::publishedReport);
        String language = municipality.languages().get(0);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("quorum-agenda-");
            Path publicPdf = dir.resolve("public.pdf");
            Path membersPdf = dir.resolve("members.pdf");
            AgendaPdf.render(complete.forAudience(Audience.PUBLIC), municipality.name(language),
                    municipality.timeZone(), language, publicPdf);
            AgendaPdf.render(complete, municipality.name(language), municipality.timeZone(), language, membersPdf);
            StoredFile publicFile = files.store(publicPdf, "application/pdf");
            StoredFile membersFile = files.store(membersPdf, "application/pdf");
            AgendaRevision revision = new AgendaRevision(meetingId, complete.revision(), complete.publishedAt(),
                    Caller.principalOrSystem(session), JSON.toJson(complete), publicFile, membersFile);
            em.persist(revision);
            em.flush();
            // filed as it is created; its retention runs from the meeting's day
            LocalDate meetingDay = agenda.meeting().startsAt().atZone(municipality.timeZone()).toLocalDate();
            retention.classify(ca.quorum.records.domain.RecordKind.AGENDA_REVISION, revision.id(), meetingDay,
                    meetingId, meetingDay);
            audit.record("AgendaPublished", "meeting", Long.toString(meetingId), Map.of("revision",
                    complete.revision(), "publicSha256", publicFile.sha256(), "membersSha256", membersFile.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
        searchOutbox.enqueue(ca.quorum.discovery.application.SearchOutbox.Kind.AGENDA, meetingId);
        packets.requestBuild(meetingId);
        return complete.revision();
    }

    /** The published revision ({@code 0}: the latest) in the version the caller may read. */
    @PermitAll
    public PublishedAgenda published(long meetingId, int revision) {
        PublishedAgenda complete = JSON.fromJson(revisionOf(meetingId, revision).snapshot(), PublishedAgenda.class);
        Audience audience = audience(meetingId);
        PublishedAgenda read = complete.forAudience(audience);
        if (audience == Audience.MEMBERS && !read.equals(complete.forAudience(Audience.PUBLIC))) {
            closedReads.noteIfFoi("meeting", meetingId, "agenda revision " + read.revision()
                    + ", complete version (text)");
        }
        return read;
    }

    @PermitAll
    public List<RevisionSummary> revisions(long meetingId) {
        Audience audience = audience(meetingId);
        return em.createQuery("select r from AgendaRevision r where r.meetingId = :m and r.destroyedUnder is null "
                + "order by r.number desc", AgendaRevision.class).setParameter("m", meetingId).getResultList().stream()
                .map(r -> new RevisionSummary(r.number(), r.number() <= 1 ? "Agenda" : "Revised agenda " + r.number(),
                        r.publishedAt(), r.pdf(audience).sha256(), r.pdf(audience).size()))
                .toList();
    }

    /** Streams the agenda PDF of a revision, the version the caller may read. */
    @PermitAll
    public void writeAgendaPdf(long meetingId, int revision, OutputStream out) throws IOException {
        AgendaRevision found = revisionOf(meetingId, revision);
        Audience audience = audience(meetingId);
        if (audience == Audience.MEMBERS && !found.pdf(Audience.MEMBERS).sameContent(found.pdf(Audience.PUBLIC))) {
            closedReads.noteIfFoi("meeting", meetingId, "agenda revision " + found.number() + ", complete version");
        }
        files.copy(found.pdf(audience), out);
    }

    /**
     * An attachment of a staff report on the latest published agenda, when the caller's version of the agenda has it
     * (the public version has no attachments of closed items).
     */
    @PermitAll
    public PublishedAgenda.Attachment attachment(long meetingId, long fileId) {
        return published(meetingId, 0).attachment(fileId).orElseThrow(() -> new RecordNotFoundException(
                "attachment " + fileId + " of meeting " + meetingId));
    }

    /** Streams an attachment of the latest published agenda to a caller whose version has it. */
    @PermitAll
    public void writeAttachment(long meetingId, long fileId, OutputStream out) throws IOException {
        PublishedAgenda complete = JSON.fromJson(revisionOf(meetingId, 0).snapshot(), PublishedAgenda.class);
        Audience audience = audience(meetingId);
        PublishedAgenda.Attachment attachment = complete.forAudience(audience).attachment(fileId).orElseThrow(
                () -> new RecordNotFoundException("attachment " + fileId + " of meeting " + meetingId));
        if (audience == Audience.MEMBERS && complete.forAudience(Audience.PUBLIC).attachment(fileId).isEmpty()) {
            closedReads.noteIfFoi("meeting", meetingId, "attachment " + attachment.name() + " of a closed item");
        }
        files.copy(ca.quorum.shared.infrastructure.TenantFind.byId(em, StoredFile.class, fileId).orElseThrow(
                () -> new RecordNotFoundException("attachment " + fileId)), out);
    }

    /** Whether the caller reads the complete agendas (clerk and members) or the public ones. */
    @PermitAll
    public Audience audience() {
        return audienceOf(session);
    }

    /**
     * Whether the caller reads this meeting's complete material: as {@link #audience()}, except a member who
     * declared an interest in one of its closed items (MCIA s.5), who reads the public version.
     */
    @PermitAll
    public Audience audience(long meetingId) {
        return declaredInterests.audienceFor(meetingId);
    }

    /**
     * The clerk, councillors and the chair read complete agendas, packets and live states, and so does the FOI
     * officer (who reviews every record, closed ones too, for release); everyone else the public ones.
     */
    static Audience audienceOf(SessionContext caller) {
        return caller.isCallerInRole(Roles.CLERK) || caller.isCallerInRole(Roles.COUNCILLOR)
                || caller.isCallerInRole(Roles.CHAIR) || caller.isCallerInRole(Roles.FOI_OFFICER) ? Audience.MEMBERS
                        : Audience.PUBLIC;
    }

    public List<TemplateSection> template(long bodyId) {
        return template(body(bodyId)).sections();
    }

    /**
     * Replaces a body's agenda template and sets when its agendas close (days before the meeting, at a local time);
     * agendas already created keep their sections.
     */
    public void saveTemplate(long bodyId, List<TemplateSection> sections, int deadlineDaysBefore, LocalTime at) {
        Body body = body(bodyId);
        template(body).replaceSections(sections);
        body.closeAgendas(deadlineDaysBefore, at);
        audit.record("AgendaTemplateSaved", "body", Long.toString(bodyId), Map.of("sections",
                String.join(" | ", sections.stream().map(TemplateSection::title).toList()),
                "deadlineDaysBefore", deadlineDaysBefore, "deadlineAt", at.toString()));
    }

    private PublishedAgenda.Report publishedReport(StaffReport report) {
        return new PublishedAgenda.Report(report.id(), report.title(), report.recommendation(), report.body(),
                report.authorName(), report.attachments().stream()
                        .map(a -> new PublishedAgenda.Attachment(a.fileName(), a.file().id(), a.file().sha256(),
                                a.file().size()))
                        .toList());
    }

    private interface Change {
        void apply(Agenda agenda, AgendaItem item);
    }

    private AgendaDraft change(long meetingId, long itemId, String what, Change change) {
        Agenda agenda = agendaOf(meetingId);
        AgendaItem item = agenda.item(itemId);
        String before = agenda.number(item);
        change.apply(agenda, item);
        audit.record("AgendaItemChanged", "meeting", Long.toString(meetingId),
                Map.of("change", what, "title", auditTitle(item), "from", before, "to", agenda.number(item)));
        return draft(agenda);
    }

    /**
     * The title an audit entry names an item by: a closed item's public description, never its real title, so that
     * the audit log (read by administrators, exported, kept for years) holds no closed-session matter in clear; the
     * agenda itself, behind its own access rules, keeps the real one.
     */
    private static String auditTitle(AgendaItem item) {
        return item.titleFor(ca.quorum.meeting.domain.Audience.PUBLIC);
    }

    private AgendaDraft draft(Agenda agenda) {
        ZoneId zone = zone();
        Meeting meeting = agenda.meeting();
        List<AgendaDraft.Section> sections = new ArrayList<>();
        for (AgendaSection section : agenda.sections()) {
            List<AgendaDraft.Item> items = new ArrayList<>();
            List<AgendaItem> top = agenda.itemsOf(section);
            for (int i = 0; i < top.size(); i++) {
                AgendaItem item = top.get(i);
                items.add(view(agenda, item, 1, i, i == top.size() - 1, i > 0 && agenda.children(item).isEmpty()));
                List<AgendaItem> children = agenda.children(item);
                for (int c = 0; c < children.size(); c++) {
                    items.add(view(agenda, children.get(c), 2, c, c == children.size() - 1, false));
                }
            }
            sections.add(new AgendaDraft.Section(section.id(), agenda.number(section), section.title(),
                    section.kind().name(), section.kind().closed(), section.kind().consent(), items));
        }
        return new AgendaDraft(meeting.id(), meeting.title(), meeting.body().name("en"),
                meeting.startsAt().atZone(zone), meeting.location(),
                meeting.body().agendaDeadline(meeting.startsAt(), zone).atZone(zone), agenda.publishedRevision(),
                sections, agenda.publishProblems());
    }

    private static AgendaDraft.Item view(Agenda agenda, AgendaItem item, int level, int index, boolean last,
            boolean canIndent) {
        return new AgendaDraft.Item(item.id(), agenda.number(item), level,
                item.parent() == null ? 0 : item.parent().id(), index, item.title(), item.text(), item.closed(),
                item.closed() ? item.closedReason().citation() : null, item.publicTitle(), item.late(),
                item.awaitingLateApproval(), item.report() == null ? null : item.report().id(),
                item.report() == null ? null : item.report().status().description(), index == 0, last, canIndent);
    }

    /** The agenda to change: its version goes up, so two clerks' concurrent changes cannot interleave. */
    private Agenda agendaOf(long meetingId) {
        return agendaOf(meetingId, true);
    }

    private Agenda agendaOf(long meetingId, boolean forChange) {
        List<Agenda> found = em.createQuery("select a from Agenda a where a.meeting.id = :id", Agenda.class)
                .setParameter("id", meetingId).getResultList();
        if (!found.isEmpty()) {
            if (forChange) {
                em.lock(found.get(0), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            }
            return found.get(0);
        }
        Meeting meeting = TenantFind.byId(em, Meeting.class, meetingId)
                .orElseThrow(() -> new RecordNotFoundException("meeting " + meetingId));
        Agenda agenda = new Agenda(meeting, template(meeting.body()).sections());
        em.persist(agenda);
        return agenda;
    }

    private AgendaRevision revisionOf(long meetingId, int revision) {
        var query = em.createQuery("select r from AgendaRevision r where r.meetingId = :m "
                + (revision > 0 ? "and r.number = :n " : "") + "order by r.number desc", AgendaRevision.class)
                .setParameter("m", meetingId).setMaxResults(1);
        if (revision > 0) {
            query.setParameter("n", revision);
        }
        List<AgendaRevision> found = query.getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("published agenda of meeting " + meetingId
                    + (revision > 0 ? ", revision " + revision : ""));
        }
        if (found.get(0).destroyedUnder() != null) {
            throw new ca.quorum.shared.application.RecordDestroyedException("published agenda of meeting "
                    + meetingId + ", revision " + found.get(0).number(), found.get(0).destroyedUnder());
        }
        return found.get(0);
    }

    private AgendaTemplate template(Body body) {
        List<AgendaTemplate> found = em.createQuery("select t from AgendaTemplate t where t.body = :b",
                AgendaTemplate.class).setParameter("b", body).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        AgendaTemplate template = new AgendaTemplate(body, AgendaTemplate.STANDARD);
        em.persist(template);
        return template;
    }

    private Body body(long bodyId) {
        return TenantFind.byId(em, Body.class, bodyId).orElseThrow(() -> new RecordNotFoundException("body " + bodyId));
    }

    private Municipality municipality() {
        return em.find(Municipality.class, TenantContext.require());
    }

    private ZoneId zone() {
        return municipality().timeZone();
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // scratch files in the temp folder; the OS cleans what is left
        }
    }
}
