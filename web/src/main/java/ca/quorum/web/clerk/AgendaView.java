package ca.quorum.web.clerk;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import ca.quorum.meeting.application.AgendaDraft;
import ca.quorum.meeting.application.Agendas;
import ca.quorum.meeting.application.PacketStatusView;
import ca.quorum.meeting.application.Packets;
import ca.quorum.meeting.application.ReportDetail;
import ca.quorum.meeting.application.StaffReports;
import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.Notices;

/**
 * The clerk builds one meeting's agenda: adds items (reports, closed items), orders and nests them by keyboard
 * buttons or drag-and-drop, approves late items, publishes, and follows the packet build.
 */
@Named
@ViewScoped
public class AgendaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Agendas agendas;

    @EJB
    Packets packets;

    @EJB
    StaffReports reports;

    private long meetingId;
    private AgendaDraft agenda;
    private PacketStatusView packet;
    private List<ReportDetail> availableReports;

    private Long sectionId;
    private String title;
    private String text;
    private String closedReason;
    private String publicTitle;
    private Long reportId;

    @PostConstruct
    void init() {
        meetingId = Notices.idParameter("meeting");
        if (meetingId > 0) {
            agenda = agendas.agenda(meetingId);
            packet = packets.status(meetingId);
            availableReports = reports.forAgenda();
        }
    }

    private void apply(Supplier<AgendaDraft> change) {
        try {
            agenda = change.get();
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public void add() {
        if (sectionId == null) {
            Notices.refusedBecause("agenda.chooseSectionFirst");
            return;
        }
        try {
            agenda = agendas.addItem(meetingId, sectionId, title, text, closedReason, publicTitle, reportId);
            title = text = closedReason = publicTitle = null;
            reportId = null;
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public void up(long itemId) {
        apply(() -> agendas.moveUp(meetingId, itemId));
    }

    public void down(long itemId) {
        apply(() -> agendas.moveDown(meetingId, itemId));
    }

    public void indent(long itemId) {
        apply(() -> agendas.indent(meetingId, itemId));
    }

    public void outdent(long itemId) {
        apply(() -> agendas.outdent(meetingId, itemId));
    }

    public void remove(long itemId) {
        apply(() -> agendas.remove(meetingId, itemId));
    }

    public void approveLate(long itemId) {
        apply(() -> agendas.approveLateItem(meetingId, itemId));
    }

    /** Drag-and-drop: the page's script sends the item, the target section, parent (or 0) and position. */
    public void drop() {
        long item = Notices.idParameter("item");
        long section = Notices.idParameter("section");
        long parent = Notices.idParameter("parent");
        long index = Notices.idParameter("index");
        if (item < 0 || section < 0 || index < 0) {
            return;
        }
        apply(() -> agendas.moveTo(meetingId, item, section, parent > 0 ? parent : null, (int) index));
    }

    public void publish() {
        try {
            int revision = agendas.publish(meetingId);
            agenda = agendas.agenda(meetingId);
            packet = packets.status(meetingId);
            Notices.done(revision == 1 ? "agenda.publishedFirst" : "agenda.publishedRevision", revision);
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public void rebuildPacket() {
        try {
            packets.requestBuild(meetingId);
            packet = packets.status(meetingId);
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public void refreshPacket() {
        packet = packets.status(meetingId);
    }

    public ClosedReason[] getClosedReasons() {
        return ClosedReason.values();
    }

    public long getMeetingId() {
        return meetingId;
    }

    public AgendaDraft getAgenda() {
        return agenda;
    }

    public PacketStatusView getPacket() {
        return packet;
    }

    public List<ReportDetail> getAvailableReports() {
        return availableReports;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public void setClosedReason(String closedReason) {
        this.closedReason = closedReason;
    }

    public String getPublicTitle() {
        return publicTitle;
    }

    public void setPublicTitle(String publicTitle) {
        this.publicTitle = publicTitle;
    }

    public Long getReportId() {
        return reportId;
    }

    public void setReportId(Long reportId) {
        this.reportId = reportId;
    }
}
