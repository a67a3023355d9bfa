package ca.quorum.web.live;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ca.quorum.meeting.application.LiveView;
import ca.quorum.meeting.application.MeetingConsole;
import ca.quorum.meeting.domain.live.Choice;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.Notices;
import ca.quorum.web.home.MunicipalityView;

/**
 * A councillor's tablet: the current item and motion, and Yes and No for the open vote. A ballot id is made when
 * the vote is shown, so a double tap or a resent request records one ballot; the confirmation shows the vote as
 * the server recorded it.
 */
@Named
@ViewScoped
public class TabletView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MeetingConsole console;

    @Inject
    MunicipalityView town;

    private long meetingId;
    private LiveView live;
    private String ballotId = UUID.randomUUID().toString();
    private String confirmation;
    private Long confirmedVote;

    @PostConstruct
    void init() {
        meetingId = Notices.idParameter("meeting");
        if (meetingId > 0) {
            refresh();
        }
    }

    /** Reloads the state (the page's script calls it on every push); a new vote clears the last confirmation. */
    public void refresh() {
        live = console.state(meetingId);
        Long open = live.openVote() == null ? null : live.openVote().id();
        if (confirmedVote != null && open != null && !open.equals(confirmedVote)) {
            confirmation = null;
            confirmedVote = null;
        }
    }

    public void yes() {
        vote(Choice.YES);
    }

    public void no() {
        vote(Choice.NO);
    }

    private void vote(Choice choice) {
        try {
            live = console.castBallot(meetingId, choice, ballotId);
            confirmedVote = live.openVote() == null ? null : live.openVote().id();
            confirmation = Notices.text(choice == Choice.YES ? "tablet.votedYes" : "tablet.votedNo",
                    java.time.LocalTime.now(ZoneId.of(town.getSummary().timeZone()))
                            .format(DateTimeFormatter.ofPattern("HH:mm:ss")));
            ballotId = UUID.randomUUID().toString();
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    private String point;

    /** Asks for a recorded vote on the motion being voted, or just voted (s.246(1)). */
    public void askForRecordedVote() {
        Long motion = live.openVote() != null ? Long.valueOf(live.openVote().motion())
                : live.lastResult() != null ? Long.valueOf(live.lastResult().motion()) : null;
        if (motion == null) {
            return;
        }
        try {
            live = console.askForRecordedVote(meetingId, motion);
            Notices.done("tablet.recordedAsked");
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    /** Raises a point of order for the chair to rule on. */
    public void raisePointOfOrder() {
        try {
            live = console.raiseMyPointOfOrder(meetingId, point);
            point = null;
            Notices.done("tablet.pointRaised");
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public String getPoint() {
        return point;
    }

    public void setPoint(String point) {
        this.point = point;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public LiveView getLive() {
        return live;
    }

    public String getConfirmation() {
        return confirmation;
    }
}
