package ca.quorum.discovery.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Municipality;
import ca.quorum.documents.domain.StoredFile;
import ca.quorum.documents.infrastructure.FileStore;
import ca.quorum.meeting.application.MeetingConsole;
import ca.quorum.meeting.domain.AgendaPacket;
import ca.quorum.meeting.domain.AgendaRevision;
import ca.quorum.meeting.domain.Audience;
import ca.quorum.meeting.domain.Meeting;
import ca.quorum.meeting.domain.Member;
import ca.quorum.meeting.domain.PacketStatus;
import ca.quorum.meeting.domain.PublishedAgenda;
import ca.quorum.meeting.domain.live.LiveEvent;
import ca.quorum.meeting.domain.minutes.ByLaw;
import ca.quorum.meeting.domain.minutes.Minutes;
import ca.quorum.meeting.domain.minutes.MinutesKind;
import ca.quorum.meeting.domain.minutes.MotionRecords;
import ca.quorum.discovery.application.SearchOutbox.Kind;
import ca.quorum.search.Access;
import ca.quorum.search.SearchDocument;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Turns published records into their search documents, read in a transaction of its own for a whole batch of one
 * municipality's records of one kind (a query per kind of row, not per record). PDFs become a document per page, from
 * the page text kept when the file was stored, so a hit can open its page; agendas also become a document per item,
 * per staff report and per attachment page; an adjourned meeting a document per motion with its result. Public
 * material is {@link Access#PUBLIC}; the complete versions, closed items, their reports and attachments, closed
 * motions and closed-session minutes are {@link Access#CLOSED}. A record that no longer exists, or is not
 * published, has no documents (its old ones are deleted).
 */
@Stateless
@PermitAll
public class RecordDocuments {

    private static final Jsonb JSON = JsonbBuilder.create();
    /** Entities read only to be indexed: no snapshots kept, nothing checked for changes at commit. */
    private static final String READ_ONLY = "org.hibernate.readOnly";

    @PersistenceContext
    EntityManager em;

    @EJB
    FileStore files;

    @EJB
    MeetingConsole console;

    /** The documents of these records of the current municipality, by record id (every id present). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<Long, List<SearchDocument>> of(Kind kind, Collection<Long> ids) {
        Map<Long, List<SearchDocument>> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, new ArrayList<>()));
        Context context = new Context(em.find(Municipality.class, TenantContext.require()));
        switch (kind) {
            case MINUTES -> minutes(ids, context, out);
            case BYLAW -> byLaws(ids, context, out);
            case AGENDA -> ids.forEach(id -> agenda(id, context, out.get(id)));
            case PACKET -> ids.forEach(id -> packet(id, context, out.get(id)));
            case MEETING -> ids.forEach(id -> motions(id, context, out.get(id)));
        }
        withRetention(kind, out);
        return out;
    }

    /**
     * Each document carries its record's retention (class, first day of its final action, the action): minutes and
     * by-laws their own; a meeting's agenda and packet those of its latest kept agenda revision. A meeting's motions
     * are part of the meeting log, not a record filed yet.
     */
    private void withRetention(Kind kind, Map<Long, List<SearchDocument>> out) {
        if (out.isEmpty() || kind == Kind.MEETING) {
            return;
        }
        String sql = switch (kind) {
            case MINUTES, BYLAW -> "select r.record_id, r.class_code, r.eligible_from, c.final_action from "
                    + "record_retention r join record_class c on c.tenant = r.tenant and c.code = r.class_code where "
                    + "r.tenant = ?1 and r.record_type = '" + kind.name() + "' and r.record_id in (?2)";
            default -> "select distinct on (a.meeting_id) a.meeting_id, r.class_code, r.eligible_from, c.final_action "
                    + "from agenda_revision a join record_retention r on r.tenant = a.tenant and r.record_type = "
                    + "'AGENDA_REVISION' and r.record_id = a.id join record_class c on c.tenant = r.tenant and c.code = "
                    + "r.class_code where a.tenant = ?1 and a.meeting_id in (?2) and a.destroyed_under is null order by "
                    + "a.meeting_id, a.number desc";
        };
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, TenantContext.require())
                .setParameter(2, List.copyOf(out.keySet())).getResultList();
        for (Object[] r : rows) {
            List<SearchDocument> documents = out.get(((Number) r[0]).longValue());
            if (documents == null) {
                continue;
            }
            LocalDate from = r[2] == null ? null : r[2] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[2];
            documents.replaceAll(d -> d.withRetention((String) r[1], from, (String) r[3]));
        }
    }

    /** The municipality, its language and the meetings already loaded, shared by a batch. */
    private final class Context {
        final Municipality municipality;
        final String language;
        final Map<Long, Meeting> meetings = new HashMap<>();

        Context(Municipality municipality) {
            this.municipality = municipality;
            this.language = municipality.defaultLanguage();
        }

        void load(Collection<Long> meetingIds) {
            List<Long> missing = meetingIds.stream().filter(m -> !meetings.containsKey(m)).distinct().toList();
            if (!missing.isEmpty()) {
                em.createQuery("select m from Meeting m join fetch m.body where m.id in :ids", Meeting.class)
                        .setHint(READ_ONLY, true).setParameter("ids", missing).getResultList().forEach(m -> meetings.put(m.id(), m));
            }
        }

        Meeting meeting(long id) {
            load(List.of(id));
            Meeting meeting = meetings.get(id);
            if (meeting == null) {
                throw new IllegalStateException("meeting " + id + " of " + municipality.slug() + " is missing");
            }
            return meeting;
        }

        LocalDate day(Meeting meeting) {
            return meeting.startsAt().atZone(municipality.timeZone()).toLocalDate();
        }

        String body(Meeting meeting) {
            return meeting.body().name(language);
        }
    }

    private void minutes(Collection<Long> ids, Context context, Map<Long, List<SearchDocument>> out) {
        List<Minutes> adopted = em.createQuery("select m from Minutes m where m.id in :ids", Minutes.class)
                .setHint(READ_ONLY, true).setParameter("ids", List.copyOf(ids)).getResultList().stream().filter(Minutes::adopted).toList();
        context.load(adopted.stream().map(Minutes::meetingId).toList());
        Map<Long, List<String>> texts = files.pageTexts(adopted.stream().map(Minutes::pdfId).toList());
        for (Minutes minutes : adopted) {
            Meeting meeting = context.meeting(minutes.meetingId());
            boolean closed = minutes.kind() == MinutesKind.CLOSED;
            String title = (closed ? "Closed session minutes: " : "Minutes: ") + meeting.title();
            out.get(minutes.id()).addAll(pages(new Source(Kind.MINUTES, minutes.id(), ""), "MINUTES",
                    closed ? Access.CLOSED : Access.PUBLIC, title, texts.get(minutes.pdfId()), context, meeting, null,
                    api("/minutes/" + minutes.id() + "/pdf")));
        }
    }

    private void byLaws(Collection<Long> ids, Context context, Map<Long, List<SearchDocument>> out) {
        List<ByLaw> byLaws = em.createQuery("select b from ByLaw b where b.id in :ids", ByLaw.class)
                .setHint(READ_ONLY, true).setParameter("ids", List.copyOf(ids)).getResultList();
        context.load(byLaws.stream().map(ByLaw::meetingId).toList());
        Map<Long, List<String>> texts = files.pageTexts(byLaws.stream().map(ByLaw::pdfId).toList());
        for (ByLaw byLaw : byLaws) {
            out.get(byLaw.id()).addAll(pages(new Source(Kind.BYLAW, byLaw.id(), ""), "BYLAW", Access.PUBLIC,
                    "By-law " + byLaw.number() + ": " + byLaw.title(), texts.get(byLaw.pdfId()), context,
                    context.meeting(byLaw.meetingId()), byLaw.number(), api("/bylaws/" + byLaw.id() + "/pdf")));
        }
    }

    /**
     * The latest published agenda: its PDF pages (public, and complete when it differs), then each item, each staff
     * report and each page of each attachment. Closed items keep a public document with their public title only
     * (as the public agenda shows them); their real title, text, report and attachments are closed documents.
     */
    private void agenda(long meetingId, Context context, List<SearchDocument> out) {
        // the latest revision that is kept: a destroyed one leaves nothing in the index
        List<AgendaRevision> latest = em.createQuery("select r from AgendaRevision r where r.meetingId = :m "
                + "and r.destroyedUnder is null order by r.number desc", AgendaRevision.class)
                .setParameter("m", meetingId).setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            return;
        }
        AgendaRevision revision = latest.get(0);
        Meeting meeting = context.meeting(meetingId);
        PublishedAgenda complete = JSON.fromJson(revision.snapshot(), PublishedAgenda.class);
        List<Long> attachments = new ArrayList<>();
        complete.forEachItem(i -> {
            if (i.report() != null) {
                i.report().attachments().forEach(a -> attachments.add(a.fileId()));
            }
        });
        StoredFile publicPdf = revision.pdf(Audience.PUBLIC);
        StoredFile membersPdf = revision.pdf(Audience.MEMBERS);
        List<Long> wanted = new ArrayList<>(attachments);
        wanted.add(publicPdf.id());
        wanted.add(membersPdf.id());
        Map<Long, List<String>> texts = files.pageTexts(wanted);
        String agendaUrl = api("/meetings/" + meetingId + "/agenda/pdf");
        out.addAll(bothVersions(Kind.AGENDA, meetingId, "Agenda", texts.get(publicPdf.id()), publicPdf,
                texts.get(membersPdf.id()), membersPdf, context, meeting, agendaUrl, agendaUrl));

        Source source = new Source(Kind.AGENDA, meetingId, "");
        complete.forEachItem(item -> {
            Access access = item.closed() ? Access.CLOSED : Access.PUBLIC;
            List<String> pdfPages = texts.get(item.closed() ? membersPdf.id() : publicPdf.id());
            if (item.closed()) {
                out.add(document(source.part("item:" + item.number() + ":public"), "AGENDA_ITEM", Access.PUBLIC,
                        "Item " + item.number() + ": " + item.publicTitle(), "Closed session (s." + item
                                .closedReason().section() + "): " + item.closedReason().generalNature(),
                        pageOf(texts.get(publicPdf.id()), item.publicTitle()), context, meeting, item.number(),
                        agendaUrl));
            }
            out.add(document(source.part("item:" + item.number()), "AGENDA_ITEM", access, "Item " + item.number()
                    + ": " + item.title(), item.text(), pageOf(pdfPages, item.title()), context, meeting,
                    item.number(), agendaUrl));
            PublishedAgenda.Report report = item.report();
            if (report == null) {
                return;
            }
            out.add(document(source.part("report:" + report.id()), "REPORT", access, "Staff report: "
                    + report.title(), report.recommendation() + "\n\n" + report.body() + "\n\n" + report.author(),
                    pageOf(pdfPages, report.title()), context, meeting, item.number(), agendaUrl));
            int n = 0;
            for (PublishedAgenda.Attachment attachment : report.attachments()) {
                n++;
                out.addAll(pages(source.part("attachment:" + report.id() + ":" + n), "ATTACHMENT", access,
                        attachment.name() + " (attachment to " + report.title() + ")",
                        texts.get(attachment.fileId()), context, meeting, item.number(), api("/meetings/"
                                + meetingId + "/agenda/attachments/" + attachment.fileId() + "/pdf")));
            }
        });
    }

    private void packet(long meetingId, Context context, List<SearchDocument> out) {
        List<AgendaPacket> latest = em.createQuery("select p from AgendaPacket p where p.meetingId = :m and "
                + "p.status = :s and exists (select r.id from AgendaRevision r where r.meetingId = p.meetingId and "
                + "r.number = p.revision and r.destroyedUnder is null) order by p.id desc", AgendaPacket.class).setParameter("m", meetingId)
                .setParameter("s", PacketStatus.PUBLISHED).setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            return;
        }
        AgendaPacket packet = latest.get(0);
        StoredFile publicFile = packet.file(Audience.PUBLIC);
        StoredFile membersFile = packet.file(Audience.MEMBERS);
        if (publicFile.purged() || membersFile.purged()) {
            return; // destroyed with its agenda revision: nothing of it stays in the index
        }
        Map<Long, List<String>> texts = files.pageTexts(List.of(publicFile.id(), membersFile.id()));
        String url = api("/meetings/" + meetingId + "/packet/pdf");
        out.addAll(bothVersions(Kind.PACKET, meetingId, "Agenda packet", texts.get(publicFile.id()), publicFile,
                texts.get(membersFile.id()), membersFile, context, context.meeting(meetingId), url, url));
    }

    /**
     * An adjourned meeting's motions, each with mover, seconder, its kind, result and every vote taken on it; closed
     * motions ({@link ca.quorum.meeting.domain.live.ClosedMatters}: moved or voted in closed session) are closed
     * documents. A meeting not adjourned has none yet.
     */
    private void motions(long meetingId, Context context, List<SearchDocument> out) {
        MeetingConsole.MeetingRecord record = console.record(meetingId);
        if (record.events().stream().noneMatch(e -> e instanceof LiveEvent.Adjourned)) {
            return;
        }
        Meeting meeting = context.meeting(meetingId);
        Map<Long, String> names = record.members().values().stream()
                .collect(Collectors.toMap(Member::id, Member::fullName, (a, b) -> a, LinkedHashMap::new));
        Source source = new Source(Kind.MEETING, meetingId, "");
        String url = api("/meetings/" + meetingId + "/minutes");
        for (MotionRecords.MotionRecord motion : MotionRecords.of(record.events(), names, record.items())) {
            String item = motion.item() == null ? null : motion.item().number();
            String itemTitle = motion.item() == null ? "" : motion.closed() ? motion.item().fullTitle()
                    : motion.item().publicTitle();
            StringBuilder text = new StringBuilder(motion.text());
            if (motion.asAmended() != null) {
                text.append("\nAs amended: ").append(motion.asAmended());
            }
            text.append("\nMoved by ").append(motion.mover());
            if (motion.seconder() != null) {
                text.append(", seconded by ").append(motion.seconder());
            }
            text.append(".\nResult: ").append(result(motion));
            if (motion.resolution() != null) {
                text.append(".\nResolution ").append(motion.resolution());
            }
            String label = motion.resolution() != null ? "Resolution " + motion.resolution() : "Motion";
            out.add(document(source.part("motion:" + motion.id()), "MOTION",
                    motion.closed() ? Access.CLOSED : Access.PUBLIC, label + (item == null ? "" : " on item "
                            + item + " " + itemTitle) + " (" + result(motion) + ")", text.toString(), null, context,
                    meeting, item, url));
        }
    }

    /** The motion's result with every vote taken on it, in order: "carried 6-3 (votes: lost 4-5, carried 6-3)". */
    private static String result(MotionRecords.MotionRecord motion) {
        String word = switch (motion.result()) {
            case NOT_DECIDED -> "not decided";
            default -> motion.result().name().toLowerCase(Locale.ROOT);
        };
        List<String> votes = motion.votes().stream().map(v -> v.lapsed() ? "not decided, quorum lost"
                : (v.tally().carried() ? "carried " : "lost ") + v.tally().yes() + "-" + v.tally().against()).toList();
        if (votes.isEmpty()) {
            return word;
        }
        if (votes.size() == 1 && motion.tally() != null && motion.result() != MotionRecords.Result.NOT_DECIDED) {
            return votes.get(0);
        }
        return word + " (votes: " + String.join(", ", votes) + ")";
    }

    /** A meeting's public version (PUBLIC) and, when it differs, its complete version (CLOSED). */
    private List<SearchDocument> bothVersions(Kind kind, long meetingId, String label, List<String> publicPages,
            StoredFile publicFile, List<String> membersPages, StoredFile membersFile, Context context,
            Meeting meeting, String publicUrl, String membersUrl) {
        List<SearchDocument> out = new ArrayList<>(pages(new Source(kind, meetingId, ""), kind.name(),
                Access.PUBLIC, label + ": " + meeting.title(), publicPages, context, meeting, null, publicUrl));
        if (!membersFile.sameContent(publicFile)) {
            out.addAll(pages(new Source(kind, meetingId, "members"), kind.name(), Access.CLOSED, label
                    + " (complete version): " + meeting.title(), membersPages, context, meeting, null, membersUrl));
        }
        return out;
    }

    /** Where documents come from: ids {@code municipality:KIND:record[:part]}. */
    private record Source(Kind kind, long record, String part) {

        Source part(String more) {
            return new Source(kind, record, part.isEmpty() ? more : part + ":" + more);
        }

        String id() {
            return TenantContext.require() + ":" + kind + ":" + record + (part.isEmpty() ? "" : ":" + part);
        }
    }

    /**
     * One document per page with text; ids end in the page number. A PDF without any text (a scan) still gets one
     * document, for its first page, with its title and metadata only, so it is found by what it is.
     */
    private List<SearchDocument> pages(Source source, String type, Access access, String title, List<String> texts,
            Context context, Meeting meeting, String itemNumber, String url) {
        List<SearchDocument> out = new ArrayList<>();
        for (int page = 1; page <= texts.size(); page++) {
            String text = texts.get(page - 1);
            if (!text.isEmpty()) {
                out.add(document(source.part(Integer.toString(page)), type, access, title, text, page, context,
                        meeting, itemNumber, url));
            }
        }
        if (out.isEmpty()) {
            out.add(document(source.part("1"), type, access, title, "", 1, context, meeting, itemNumber, url));
        }
        return out;
    }

    private SearchDocument document(Source source, String type, Access access, String title, String text,
            Integer page, Context context, Meeting meeting, String itemNumber, String url) {
        return new SearchDocument(source.id(), TenantContext.require(), access, type, source.record(), title, text,
                page, context.body(meeting), context.day(meeting), itemNumber, url, context.language);
    }

    /** The first page whose text holds this title (spaces and case aside), or null. */
    static Integer pageOf(List<String> pages, String title) {
        Function<String, String> flat = s -> s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).strip();
        String wanted = flat.apply(title == null ? "" : title);
        if (wanted.isEmpty() || pages == null) {
            return null;
        }
        for (int i = 0; i < pages.size(); i++) {
            if (flat.apply(pages.get(i)).contains(wanted)) {
                return i + 1;
            }
        }
        return null;
    }

    private static String api(String path) {
        return "/api/m/" + TenantContext.require() + path;
    }
}
