package ca.quorum.records.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import ca.quorum.admin.domain.Municipality;
import ca.quorum.documents.domain.StoredFile;
import ca.quorum.documents.infrastructure.FileStore;
import ca.quorum.meeting.domain.AgendaPacket;
import ca.quorum.meeting.domain.AgendaRevision;
import ca.quorum.meeting.domain.Audience;
import ca.quorum.meeting.domain.Meeting;
import ca.quorum.meeting.domain.PacketStatus;
import ca.quorum.meeting.domain.minutes.ByLaw;
import ca.quorum.meeting.domain.minutes.Minutes;
import ca.quorum.meeting.domain.minutes.MinutesKind;
import ca.quorum.records.application.SearchOutbox.Kind;
import ca.quorum.search.Access;
import ca.quorum.search.SearchDocument;
import ca.quorum.shared.infrastructure.TenantFind;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Turns one published record into its search documents, a document per PDF page so that a hit can open the page:
 * public versions as {@link Access#PUBLIC}, members' versions and closed-session minutes as {@link Access#CLOSED}.
 * A record that no longer exists, or is not published, has no documents (its old ones are deleted).
 */
@Stateless
@PermitAll
public class RecordDocuments {

    @PersistenceContext
    EntityManager em;

    @EJB
    FileStore files;

    /** The documents of a record in the current municipality, read in a transaction (and session) of its own. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public List<SearchDocument> of(Kind kind, long id) {
        return switch (kind) {
            case MINUTES -> minutes(id);
            case BYLAW -> byLaw(id);
            case AGENDA -> agenda(id);
            case PACKET -> packet(id);
        };
    }

    private List<SearchDocument> minutes(long id) {
        Optional<Minutes> found = TenantFind.byId(em, Minutes.class, id);
        if (found.isEmpty() || !found.get().adopted()) {
            return List.of();
        }
        Minutes minutes = found.get();
        Meeting meeting = meeting(minutes.meetingId());
        boolean closed = minutes.kind() == MinutesKind.CLOSED;
        String title = (closed ? "Closed session minutes: " : "Minutes: ") + meeting.title();
        return pages(Kind.MINUTES, id, "", closed ? Access.CLOSED : Access.PUBLIC, title, file(minutes.pdfId()),
                meeting, null, api("/minutes/" + id + "/pdf"));
    }

    private List<SearchDocument> byLaw(long id) {
        Optional<ByLaw> found = TenantFind.byId(em, ByLaw.class, id);
        if (found.isEmpty()) {
            return List.of();
        }
        ByLaw byLaw = found.get();
        Meeting meeting = meeting(byLaw.meetingId());
        return pages(Kind.BYLAW, id, "", Access.PUBLIC, "By-law " + byLaw.number() + ": " + byLaw.title(),
                file(byLaw.pdfId()), meeting, byLaw.number(), api("/bylaws/" + id + "/pdf"));
    }

    private List<SearchDocument> agenda(long meetingId) {
        List<AgendaRevision> latest = em.createQuery("select r from AgendaRevision r where r.meetingId = :m "
                + "order by r.number desc", AgendaRevision.class).setParameter("m", meetingId).setMaxResults(1)
                .getResultList();
        if (latest.isEmpty()) {
            return List.of();
        }
        AgendaRevision revision = latest.get(0);
        return bothVersions(Kind.AGENDA, meetingId, "Agenda", revision.pdf(Audience.PUBLIC),
                revision.pdf(Audience.MEMBERS), "/agenda/pdf", "/agenda/revisions/" + revision.number() + "/pdf");
    }

    private List<SearchDocument> packet(long meetingId) {
        List<AgendaPacket> latest = em.createQuery("select p from AgendaPacket p where p.meetingId = :m and "
                + "p.status = :s order by p.id desc", AgendaPacket.class).setParameter("m", meetingId)
                .setParameter("s", PacketStatus.PUBLISHED).setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            return List.of();
        }
        AgendaPacket packet = latest.get(0);
        return bothVersions(Kind.PACKET, meetingId, "Agenda packet", packet.file(Audience.PUBLIC),
                packet.file(Audience.MEMBERS), "/packet/pdf", "/packet/pdf");
    }

    /** A meeting's public version (PUBLIC) and, when it differs, its complete version (CLOSED). */
    private List<SearchDocument> bothVersions(Kind kind, long meetingId, String label, StoredFile publicFile,
            StoredFile membersFile, String publicPath, String membersPath) {
        Meeting meeting = meeting(meetingId);
        List<SearchDocument> out = new ArrayList<>(pages(kind, meetingId, "", Access.PUBLIC, label + ": "
                + meeting.title(), publicFile, meeting, null, api("/meetings/" + meetingId + publicPath)));
        if (!membersFile.sha256().equals(publicFile.sha256())) {
            out.addAll(pages(kind, meetingId, "members", Access.CLOSED, label + " (complete version): "
                    + meeting.title(), membersFile, meeting, null, api("/meetings/" + meetingId + membersPath)));
        }
        return out;
    }

    /** One document per page with text; ids {@code municipality:KIND:id[:variant]:page}. */
    private List<SearchDocument> pages(Kind kind, long id, String variant, Access access, String title,
            StoredFile file, Meeting meeting, String itemNumber, String url) {
        String tenant = TenantContext.require();
        Municipality municipality = em.find(Municipality.class, tenant);
        LocalDate day = meeting.startsAt().atZone(municipality.timeZone()).toLocalDate();
        String language = municipality.defaultLanguage();
        String body = meeting.body().name(language);
        List<SearchDocument> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(files.bytes(file))) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc).strip();
                if (!text.isEmpty()) {
                    out.add(new SearchDocument(tenant + ":" + kind + ":" + id + (variant.isEmpty() ? ""
                            : ":" + variant) + ":" + page, tenant, access, kind.name(), id, title, text, page,
                            body, day, itemNumber, url, language));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private StoredFile file(Long id) {
        return TenantFind.byId(em, StoredFile.class, id).orElseThrow();
    }

    private Meeting meeting(long id) {
        return TenantFind.byId(em, Meeting.class, id).orElseThrow();
    }

    private static String api(String path) {
        return "/api/m/" + TenantContext.require() + path;
    }
}
