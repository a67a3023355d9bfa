package ca.quorum.web.meeting;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import ca.quorum.admin.application.MunicipalitySummary;
import ca.quorum.meeting.application.Agendas;
import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.MeetingCalendar.MeetingSummary;
import ca.quorum.meeting.application.PacketStatusView;
import ca.quorum.meeting.application.Packets;
import ca.quorum.meeting.application.RevisionSummary;
import ca.quorum.meeting.domain.Audience;
import ca.quorum.meeting.domain.PublishedAgenda;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.web.Notices;
import ca.quorum.web.tenant.TenantFilter;
import ca.quorum.web.tenant.TenantPaths;

/**
 * A meeting's page: its published agenda as HTML (the public version for the public, the complete one for the clerk
 * and members), the agenda and packet PDFs with their SHA-256, and earlier revisions.
 */
@Named
@RequestScoped
public class MeetingView {

    @EJB
    MeetingCalendar calendar;

    @EJB
    Agendas agendas;

    @EJB
    Packets packets;

    @Inject
    HttpServletRequest request;

    @EJB
    ca.quorum.meeting.application.MinutesBook minutesBook;

    private List<ca.quorum.meeting.application.MinutesView> minutes = List.of();

    private MeetingSummary meeting;
    private PublishedAgenda agenda;
    private List<RevisionSummary> revisions = List.of();
    private PacketStatusView packet;
    private Audience audience;

    @PostConstruct
    void init() {
        long id = Notices.idParameter("id");
        if (id <= 0) {
            return;
        }
        try {
            meeting = calendar.meeting(id);
        } catch (RecordNotFoundException e) {
            return;
        }
        revisions = agendas.revisions(id);
        if (!revisions.isEmpty()) {
            agenda = agendas.published(id, 0);
        }
        packet = packets.status(id);
        minutes = minutesBook.minutesOf(id);
        audience = agendas.audience(id);
    }

    /** The address of this meeting's resource in the REST API, e.g. {@code api('/packet/pdf')}. */
    public String api(String path) {
        MunicipalitySummary municipality = (MunicipalitySummary) request.getAttribute(TenantFilter.MUNICIPALITY);
        return request.getContextPath() + "/api" + TenantPaths.PAGES + municipality.slug() + "/meetings/"
                + meeting.id() + path;
    }

    /** The minutes this reader may see: adopted open minutes for the public; drafts too for members. */
    public List<ca.quorum.meeting.application.MinutesView> getMinutes() {
        return minutes;
    }

    /** The clerk and the chair manage (and sign) minutes from the clerk's minutes page. */
    public boolean isManagesMinutes() {
        return request.isUserInRole("clerk") || request.isUserInRole("chair");
    }

    public MeetingSummary getMeeting() {
        return meeting;
    }

    public PublishedAgenda getAgenda() {
        return agenda;
    }

    public List<RevisionSummary> getRevisions() {
        return revisions;
    }

    public PacketStatusView getPacket() {
        return packet;
    }

    public boolean isComplete() {
        return audience == Audience.MEMBERS;
    }
}
