package ca.quorum.meeting.application;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Municipality;
import ca.quorum.admin.domain.Roles;
import ca.quorum.documents.domain.PacketPlan;
import ca.quorum.documents.domain.StoredFile;
import ca.quorum.documents.infrastructure.FileStore;
import ca.quorum.documents.infrastructure.PacketFailure;
import ca.quorum.meeting.domain.AgendaPacket;
import ca.quorum.meeting.domain.AgendaRevision;
import ca.quorum.meeting.domain.Audience;
import ca.quorum.meeting.domain.PublishedAgenda;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.infrastructure.TenantFind;
import ca.quorum.shared.tenant.TenantContext;

/** The short transactions around a packet build; each commits on its own. */
@Stateless
@RolesAllowed({Roles.CLERK, Roles.SYSTEM})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PacketSteps {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** What to build: the public and the members' plan, their attachments copied to scratch files. */
    public record Prepared(String language, PacketPlan publicPlan, PacketPlan membersPlan) {
    }

    @PersistenceContext
    EntityManager em;

    @jakarta.ejb.EJB
    ca.quorum.discovery.application.SearchOutbox searchOutbox;

    @EJB
    FileStore files;

    @EJB
    AuditLog audit;

    public Prepared prepare(long packetId, Path scratch) throws PacketFailure {
        AgendaPacket packet = packet(packetId);
        AgendaRevision revision = em.createQuery("select r from AgendaRevision r where r.meetingId = :m "
                + "and r.number = :n", AgendaRevision.class).setParameter("m", packet.meetingId())
                .setParameter("n", packet.revision()).getSingleResult();
        PublishedAgenda complete = JSON.fromJson(revision.snapshot(), PublishedAgenda.class);
        Municipality municipality = em.find(Municipality.class, TenantContext.require());
        String language = municipality.languages().get(0);
        Map<Long, Path> copied = new HashMap<>();
        return new Prepared(language,
                plan(complete.forAudience(Audience.PUBLIC), municipality, language, scratch, copied),
                plan(complete, municipality, language, scratch, copied));
    }

    public void progress(long packetId, int percent) {
        packet(packetId).advance(percent);
    }

    public void finish(long packetId, Path publicPdf, int publicPages, Path membersPdf, int membersPages) {
        AgendaPacket packet = packet(packetId);
        StoredFile publicFile = files.store(publicPdf, "application/pdf");
        StoredFile membersFile = files.store(membersPdf, "application/pdf");
        packet.publish(publicFile, publicPages, membersFile, membersPages, Instant.now());
        searchOutbox.enqueue(ca.quorum.discovery.application.SearchOutbox.Kind.PACKET, packet.meetingId());
        audit.record("PacketPublished", "meeting", Long.toString(packet.meetingId()), Map.of("packet", packetId,
                "revision", packet.revision(), "publicSha256", publicFile.sha256(), "publicPages", publicPages,
                "membersSha256", membersFile.sha256(), "membersPages", membersPages));
    }

    public void fail(long packetId, String reason) {
        AgendaPacket packet = packet(packetId);
        packet.fail(reason, Instant.now());
        audit.record("PacketFailed", "meeting", Long.toString(packet.meetingId()),
                Map.of("packet", packetId, "reason", reason));
    }

    private AgendaPacket packet(long packetId) {
        return TenantFind.byId(em, AgendaPacket.class, packetId)
                .orElseThrow(() -> new IllegalStateException("no packet " + packetId));
    }

    private PacketPlan plan(PublishedAgenda agenda, Municipality municipality, String language, Path scratch,
            Map<Long, Path> copied) throws PacketFailure {
        boolean fr = "fr".equals(language);
        List<PacketPlan.Entry> entries = new ArrayList<>();
        for (PublishedAgenda.Section section : agenda.sections()) {
            entries.add(PacketPlan.Entry.section(section.number(), fr ? section.titleFr() : section.title()));
            for (PublishedAgenda.Item item : section.items()) {
                entries.add(entry(item, 1, fr, scratch, copied));
                for (PublishedAgenda.Item child : item.children()) {
                    entries.add(entry(child, 2, fr, scratch, copied));
                }
            }
        }
        Locale locale = fr ? Locale.CANADA_FRENCH : Locale.CANADA;
        String when = agenda.startsAt().atZone(municipality.timeZone()).format(DateTimeFormatter
                .ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale));
        return new PacketPlan(municipality.name(language), agenda.meetingTitle(),
                List.of(when, agenda.location(), agenda.label(language)), entries);
    }

    private PacketPlan.Entry entry(PublishedAgenda.Item item, int level, boolean fr, Path scratch,
            Map<Long, Path> copied) throws PacketFailure {
        List<String> paragraphs = new ArrayList<>();
        if (item.closed()) {
            paragraphs.add((fr ? "Huis clos, Loi de 2001 sur les municipalités, art. " : "Closed session, Municipal "
                    + "Act, s.") + item.closedReason().section() + ": " + item.closedReason().generalNature() + ".");
        }
        if (!item.text().isBlank()) {
            paragraphs.add(item.text());
        }
        List<PacketPlan.Attachment> attachments = new ArrayList<>();
        if (item.report() != null) {
            paragraphs.add((fr ? "Rapport du personnel : " : "Staff report: ") + item.report().title()
                    + " (" + item.report().author() + ")");
            paragraphs.add((fr ? "Recommandation : " : "Recommendation: ") + item.report().recommendation());
            if (!item.report().body().isBlank()) {
                paragraphs.add(item.report().body());
            }
            for (PublishedAgenda.Attachment attachment : item.report().attachments()) {
                Path file = copied.get(attachment.fileId());
                if (file == null) {
                    file = scratch.resolve(attachment.fileId() + ".pdf");
                    try {
                        StoredFile stored = TenantFind.byId(em, StoredFile.class, attachment.fileId())
                                .orElseThrow(() -> new IOException("it is no longer stored"));
                        files.copy(stored, file);
                    } catch (IOException e) {
                        throw new PacketFailure("The packet could not be built: the attachment \"" + attachment.name()
                                + "\" of item " + item.number() + " \"" + item.title() + "\" cannot be read ("
                                + e.getMessage() + ").", e);
                    }
                    copied.put(attachment.fileId(), file);
                }
                attachments.add(new PacketPlan.Attachment(attachment.name(), file));
            }
        }
        return new PacketPlan.Entry(level, item.number(), item.title(), paragraphs, attachments);
    }
}
