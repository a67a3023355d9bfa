package ca.quorum.web.api;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.quorum.meeting.application.Agendas;
import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.MeetingCalendar.MeetingSummary;
import ca.quorum.meeting.application.PacketStatusView;
import ca.quorum.meeting.application.Packets;
import ca.quorum.meeting.application.RevisionSummary;
import ca.quorum.meeting.domain.PublishedAgenda;
import ca.quorum.shared.application.RecordNotFoundException;

/**
 * One meeting, its published agendas and its packet. Anonymous callers get the public versions (no closed items);
 * the clerk and members of council get the complete ones. Every PDF answer carries its SHA-256.
 */
@Path("m/{municipality}/meetings/{meeting}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings and agendas")
public class MeetingResource {

    @PathParam("meeting")
    long meeting;

    @EJB
    MeetingCalendar calendar;

    @EJB
    Agendas agendas;

    @EJB
    Packets packets;

    @EJB
    ca.quorum.meeting.application.MinutesBook minutes;

    @GET
    @Path("minutes")
    @Operation(summary = "The meeting's minutes the caller may read: adopted open minutes for the public; drafts and "
            + "closed-session minutes for the clerk, the chair and councillors")
    public List<ca.quorum.meeting.application.MinutesView> minutes() {
        return minutes.minutesOf(meeting);
    }

    @POST
    @Path("minutes")
    @Operation(summary = "Write the draft minutes (and closed-session minutes) of an adjourned meeting from its log "
            + "(clerk)")
    public List<ca.quorum.meeting.application.MinutesView> generateMinutes() {
        return minutes.generateMinutes(meeting);
    }

    @GET
    @Operation(summary = "The meeting: body, title, start in the municipality's time zone, location, status")
    public MeetingSummary get() {
        return calendar.meeting(meeting);
    }

    @GET
    @Path("agenda")
    @Operation(summary = "The latest published agenda, numbered; the public version has no closed items")
    public PublishedAgenda agenda() {
        return agendas.published(meeting, 0);
    }

    @GET
    @Path("agenda/revisions")
    @Operation(summary = "Every published revision, newest first, with the SHA-256 of its PDF")
    public List<RevisionSummary> revisions() {
        return agendas.revisions(meeting);
    }

    @GET
    @Path("agenda/revisions/{revision}")
    @Operation(summary = "One published revision, as it was published")
    public PublishedAgenda revision(@PathParam("revision") int revision) {
        return agendas.published(meeting, Math.max(1, revision));
    }

    @GET
    @Path("agenda/revisions/{revision}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The agenda PDF of one revision")
    public Response revisionPdf(@PathParam("revision") int revision) {
        RevisionSummary summary = agendas.revisions(meeting).stream().filter(r -> r.number() == revision).findFirst()
                .orElseGet(() -> {
                    agendas.published(meeting, Math.max(1, revision)); // a destroyed revision says under what
                    throw new RecordNotFoundException("revision " + revision + " of meeting " + meeting);
                });
        return pdf((StreamingOutput) out -> agendas.writeAgendaPdf(meeting, revision, out), summary.pdfSha256(),
                "agenda-" + meeting + "-rev" + revision + ".pdf");
    }

    @GET
    @Path("agenda/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The agenda PDF of the latest revision")
    public Response agendaPdf() {
        List<RevisionSummary> revisions = agendas.revisions(meeting);
        if (revisions.isEmpty()) {
            agendas.published(meeting, 0); // a destroyed agenda says under what certificate
            throw new RecordNotFoundException("published agenda of meeting " + meeting);
        }
        return revisionPdf(revisions.get(0).number());
    }

    @GET
    @Path("agenda/attachments/{file}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "An attachment of a staff report on the latest published agenda (for the public, only those "
            + "of open items)")
    public Response attachmentPdf(@PathParam("file") long file) {
        ca.quorum.meeting.domain.PublishedAgenda.Attachment attachment = agendas.attachment(meeting, file);
        String name = attachment.name().replaceAll("[^A-Za-z0-9._ -]", "_"); // the uploader's name, made header-safe
        return pdf((StreamingOutput) out -> agendas.writeAttachment(meeting, file, out), attachment.sha256(),
                name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf");
    }

    @GET
    @Path("packet")
    @Operation(summary = "The packet: the latest build (with progress) and the published packet with its SHA-256")
    public PacketStatusView packet() {
        return packets.status(meeting);
    }

    @POST
    @Path("packet")
    @Operation(summary = "Build the packet again from the latest published revision (clerk); runs in the background")
    public Response rebuild() {
        packets.requestBuild(meeting);
        return Response.accepted(packets.status(meeting)).build();
    }

    @GET
    @Path("packet/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The published agenda packet: cover, linked contents, bookmarks, every attachment")
    public Response packetPdf() {
        PacketStatusView status = packets.status(meeting);
        if (status.published() == null) {
            throw new RecordNotFoundException("packet of meeting " + meeting);
        }
        return pdf((StreamingOutput) out -> packets.writePacket(meeting, out), status.published().sha256(),
                "packet-" + meeting + ".pdf");
    }

    /** A PDF answer, shown in the browser, named, with its SHA-256 as a header and as the ETag. */
    static Response pdf(StreamingOutput body, String sha256, String fileName) {
        return Response.ok(body, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"")
                .header("X-Content-SHA256", sha256)
                .header("ETag", "\"" + sha256 + "\"")
                .build();
    }
}
