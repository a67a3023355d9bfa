package ca.quorum.meeting.application;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Roles;
import ca.quorum.documents.infrastructure.FileStore;
import ca.quorum.meeting.domain.AgendaPacket;
import ca.quorum.meeting.domain.AgendaRevision;
import ca.quorum.meeting.domain.Audience;
import ca.quorum.meeting.domain.PacketStatus;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.application.RequestRefusedException;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Agenda packets: the clerk asks for a build of the latest published revision, which runs in the background
 * ({@link PacketWorker}); anyone downloads the published packet in the version they may read. A failed build
 * leaves the packet published before it in place.
 */
@Stateless
@RolesAllowed({Roles.CLERK, Roles.SYSTEM})
public class Packets {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PacketRequested> requested;

    @EJB
    FileStore files;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext session;

    @EJB
    DeclaredInterests declaredInterests;

    @EJB
    ca.quorum.discovery.application.ClosedRecordReads closedReads;

    /** Starts a build of the latest published revision; refused while one is running or nothing is published. */
    public long requestBuild(long meetingId) {
        List<AgendaRevision> revisions = em.createQuery("select r from AgendaRevision r where r.meetingId = :m "
                + "order by r.number desc", AgendaRevision.class).setParameter("m", meetingId).setMaxResults(1)
                .getResultList();
        if (revisions.isEmpty()) {
            throw new RequestRefusedException("Publish the agenda before building its packet.");
        }
        Instant now = Instant.now();
        boolean running = false;
        for (AgendaPacket building : em.createQuery("select p from AgendaPacket p where p.meetingId = :m "
                + "and p.status = :s", AgendaPacket.class).setParameter("m", meetingId)
                .setParameter("s", PacketStatus.BUILDING).getResultList()) {
            if (building.abandoned(now)) {
                building.fail("The build stopped without finishing (the server may have restarted) and was given up.",
                        now);
                audit.record("PacketFailed", "meeting", Long.toString(meetingId),
                        Map.of("packet", building.id(), "reason", "abandoned"));
            } else {
                running = true;
            }
        }
        if (running) {
            throw new RequestRefusedException("A packet for this meeting is being built; wait for it to finish.");
        }
        AgendaPacket packet = new AgendaPacket(meetingId, revisions.get(0).number(), Caller.principalOrSystem(session),
                now);
        em.persist(packet);
        em.flush();
        audit.record("PacketRequested", "meeting", Long.toString(meetingId),
                Map.of("packet", packet.id(), "revision", packet.revision()));
        requested.fire(new PacketRequested(TenantContext.require(), packet.id()));
        return packet.id();
    }

    @PermitAll
    public PacketStatusView status(long meetingId) {
        Audience audience = declaredInterests.audienceFor(meetingId);
        List<AgendaPacket> all = em.createQuery("select p from AgendaPacket p where p.meetingId = :m order by p.id desc",
                AgendaPacket.class).setParameter("m", meetingId).setMaxResults(20).getResultList();
        // a failed build's message may name a closed item or attachment: only the complete version's readers see it
        PacketStatusView.Build latest = all.stream().findFirst().map(p -> new PacketStatusView.Build(p.id(),
                p.revision(), p.status().name(), p.progress(), audience == Audience.MEMBERS ? p.message() : null,
                p.requestedAt())).orElse(null);
        PacketStatusView.Published published = all.stream().filter(p -> p.status() == PacketStatus.PUBLISHED)
                .findFirst().map(p -> new PacketStatusView.Published(p.id(), p.revision(),
                        p.file(audience).sha256(), p.file(audience).size(), p.pages(audience), p.finishedAt()))
                .orElse(null);
        return new PacketStatusView(meetingId, latest, published);
    }

    /** Streams the published packet, in the version the caller may read. */
    @PermitAll
    public void writePacket(long meetingId, OutputStream out) throws IOException {
        List<AgendaPacket> published = em.createQuery("select p from AgendaPacket p where p.meetingId = :m "
                + "and p.status = :s order by p.id desc", AgendaPacket.class).setParameter("m", meetingId)
                .setParameter("s", PacketStatus.PUBLISHED).setMaxResults(1).getResultList();
        if (published.isEmpty()) {
            throw new RecordNotFoundException("packet of meeting " + meetingId);
        }
        Audience audience = declaredInterests.audienceFor(meetingId);
        AgendaPacket packet = published.get(0);
        if (audience == Audience.MEMBERS && !packet.file(Audience.MEMBERS).sameContent(packet.file(Audience.PUBLIC))) {
            closedReads.noteIfFoi("meeting", meetingId, "agenda packet, complete version");
        }
        files.copy(packet.file(audience), out);
    }
}
