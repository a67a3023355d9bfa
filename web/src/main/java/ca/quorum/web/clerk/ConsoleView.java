package ca.quorum.web.clerk;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import ca.quorum.meeting.application.LiveView;
import ca.quorum.meeting.application.MeetingConsole;
import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.meeting.domain.live.Choice;
import ca.quorum.meeting.domain.live.LiveEvent;
import ca.quorum.meeting.domain.live.MotionKind;
import ca.quorum.meeting.domain.live.Presence;
import ca.quorum.meeting.domain.live.VoteRule;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.web.Notices;

/**
 * The clerk's meeting console: roll call, call to order, agenda items, declarations, motions, votes (recording the
 * hands of members without a tablet), closed session, recess and adjournment. The page refreshes itself on every
 * push, so tablet ballots show up as they are cast.
 */
@Named
@ViewScoped
public class ConsoleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MeetingConsole console;


    private long meetingId;
    private LiveView live;
    private List<MeetingConsole.ItemRef> items = List.of();

    private Long declarant;
    private Long declarationItem;
    private String nature;
    private Long mover;
    private String motionText;
    private Long amends;
    private VoteRule rule = VoteRule.MAJORITY_OF_VOTES_CAST;
    private Long seconder;
    private boolean recorded = true;
    private ClosedReason closedReason;
    private String closedNature;
    private MotionKind kind = MotionKind.MAIN;
    private String deferTo;
    private String referTo;
    private String instructions;
    private Long requester;
    private String point;
    private String ruling;
    private boolean wellTaken;
    private String noticeText;
    private String noticeFor;
    private String walkOnTitle;

    @PostConstruct
    void init() {
        meetingId = Notices.idParameter("meeting");
        if (meetingId > 0) {
            try {
                live = console.state(meetingId);
                items = console.agendaItems(meetingId);
            } catch (ca.quorum.shared.application.RecordNotFoundException none) {
                live = null; // the page says there is no such meeting
            }
        }
    }

    public void refresh() {
        live = console.state(meetingId);
    }

    private void apply(Supplier<LiveView> command) {
        try {
            live = command.get();
            items = console.agendaItems(meetingId); // a walk-on carried adds an item
        } catch (RuleViolation refused) {
            Notices.refused(refused);
        }
    }

    public void attend(long member, String presence) {
        apply(() -> console.recordAttendance(meetingId, member, Presence.valueOf(presence)));
    }

    public void callToOrder() {
        apply(() -> console.callToOrder(meetingId));
    }

    public void startItem(long item) {
        apply(() -> console.startItem(meetingId, item));
    }

    public void declare() {
        if (declarant == null || declarationItem == null) {
            Notices.refusedBecause("console.chooseMemberAndItem");
            return;
        }
        apply(() -> console.declareInterest(meetingId, declarant, declarationItem, nature));
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            nature = null;
        }
    }

    public void move() {
        if (!moverChosen()) {
            return;
        }
        apply(() -> amends != null ? console.move(meetingId, mover, motionText, amends, rule)
                : console.move(meetingId, mover, kind, motionText, null, rule));
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            motionText = null;
            amends = null;
        }
    }

    public void second(long motion) {
        if (seconder == null) {
            Notices.refusedBecause("console.chooseSeconder");
            return;
        }
        apply(() -> console.second(meetingId, motion, seconder));
    }

    public void openVote(long motion) {
        apply(() -> console.openVote(meetingId, motion, recorded));
    }

    public void hand(long member, String choice) {
        apply(() -> console.recordBallot(meetingId, member, Choice.valueOf(choice), "console-"
                + UUID.randomUUID()));
    }

    public void closeVote() {
        apply(() -> console.closeVote(meetingId));
    }

    /** The mover chosen above moves the resolution to proceed into closed session (s.239(4)). */
    public void moveClosedSession() {
        if (!moverChosen()) {
            return;
        }
        apply(() -> console.moveClosedSession(meetingId, mover, closedReason == null ? List.of()
                : List.of(closedReason), closedNature));
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            closedNature = null;
        }
    }

    /** Into closed session under a carried resolution. */
    public void enterClosedSession(long resolution) {
        apply(() -> console.enterClosedSession(meetingId, resolution));
    }

    /** The mover chosen above moves to defer a pending motion (to the date or meeting typed). */
    public void defer(long motion) {
        if (!moverChosen()) {
            return;
        }
        apply(() -> console.moveDeferral(meetingId, mover, motion, deferTo));
    }

    /** The mover chosen above moves to refer a pending motion (to the body typed, with instructions). */
    public void refer(long motion) {
        if (!moverChosen()) {
            return;
        }
        apply(() -> console.moveReferral(meetingId, mover, motion, referTo, instructions));
    }

    /** The member chosen asks for a recorded vote on a motion (s.246(1)). */
    public void requestRecordedVote(long motion) {
        if (requester == null) {
            Notices.refusedBecause("console.chooseRequester");
            return;
        }
        apply(() -> console.requestRecordedVote(meetingId, requester, motion));
    }

    /** The mover chosen above moves the consent agenda (every consent item not lifted, by one vote). */
    public void moveConsentAgenda() {
        if (!moverChosen()) {
            return;
        }
        apply(() -> console.moveConsentAgenda(meetingId, mover));
    }

    /** The member chosen (asking) lifts an item from the consent agenda. */
    public void lift(long item) {
        if (requester == null) {
            Notices.refusedBecause("console.chooseRequester");
            return;
        }
        apply(() -> console.liftFromConsent(meetingId, requester, item));
    }

    private boolean moverChosen() {
        if (mover == null) {
            Notices.refusedBecause("console.chooseMover");
            return false;
        }
        return true;
    }

    private boolean requesterChosen() {
        if (requester == null) {
            Notices.refusedBecause("console.chooseMember");
            return false;
        }
        return true;
    }

    /** Restates a pending main motion as amended, in the words typed in the motion's text field. */
    public void restate(long motion) {
        apply(() -> console.restateAsAmended(meetingId, motion, motionText));
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            motionText = null;
        }
    }

    /** The mover chosen above moves to lay a pending motion on the table. */
    public void table(long motion) {
        if (moverChosen()) {
            apply(() -> console.moveToTable(meetingId, mover, motion));
        }
    }

    /** The mover chosen above moves to take a tabled motion from the table. */
    public void liftFromTable(long motion) {
        if (moverChosen()) {
            apply(() -> console.moveToLiftFromTable(meetingId, mover, motion));
        }
    }

    /** The mover chosen above moves the previous question. */
    public void previousQuestion(long motion) {
        if (moverChosen()) {
            apply(() -> console.movePreviousQuestion(meetingId, mover, motion));
        }
    }

    /** The member chosen (below) raises a point of order. */
    public void raisePointOfOrder() {
        if (requesterChosen()) {
            apply(() -> console.raisePointOfOrder(meetingId, requester, point));
            point = null;
        }
    }

    /** The chair's ruling on the point of order. */
    public void rule() {
        apply(() -> console.ruleOnPointOfOrder(meetingId, wellTaken, ruling));
        ruling = null;
    }

    /** The member chosen (below) appeals the chair's ruling. */
    public void appeal() {
        if (requesterChosen()) {
            apply(() -> console.appealRuling(meetingId, requester));
        }
    }

    /** The member chosen (below) gives notice of a motion. */
    public void giveNotice() {
        if (requesterChosen()) {
            apply(() -> console.giveNoticeOfMotion(meetingId, requester, noticeText, noticeFor));
        }
    }

    /** The mover chosen above moves the adoption of the agenda. */
    public void moveAgendaAdoption() {
        if (moverChosen()) {
            apply(() -> console.moveAgendaAdoption(meetingId, mover));
        }
    }

    /** The mover chosen above moves to add an item (two-thirds). */
    public void moveWalkOn() {
        if (moverChosen()) {
            apply(() -> console.moveWalkOn(meetingId, mover, walkOnTitle));
        }
    }

    public String getPoint() {
        return point;
    }

    public void setPoint(String point) {
        this.point = point;
    }

    public String getRuling() {
        return ruling;
    }

    public void setRuling(String ruling) {
        this.ruling = ruling;
    }

    public boolean isWellTaken() {
        return wellTaken;
    }

    public void setWellTaken(boolean wellTaken) {
        this.wellTaken = wellTaken;
    }

    public String getNoticeText() {
        return noticeText;
    }

    public void setNoticeText(String noticeText) {
        this.noticeText = noticeText;
    }

    public String getNoticeFor() {
        return noticeFor;
    }

    public void setNoticeFor(String noticeFor) {
        this.noticeFor = noticeFor;
    }

    public String getWalkOnTitle() {
        return walkOnTitle;
    }

    public void setWalkOnTitle(String walkOnTitle) {
        this.walkOnTitle = walkOnTitle;
    }

    /** Closes a meeting that never reached quorum. */
    public void closeWithoutQuorum() {
        apply(() -> console.closeWithoutQuorum(meetingId));
    }

    public void leaveClosedSession() {
        apply(() -> console.leaveClosedSession(meetingId));
    }

    public void recess() {
        apply(() -> console.recess(meetingId));
    }

    public void resume() {
        apply(() -> console.resume(meetingId));
    }

    public void adjourn() {
        apply(() -> console.adjourn(meetingId));
    }

    public List<MeetingConsole.ItemRef> getItems() {
        return items;
    }

    public void dispose(long motion, String disposition) {
        apply(() -> console.dispose(meetingId, motion, LiveEvent.Disposition.valueOf(disposition)));
    }

    /** The mover chosen above moves to reconsider a decided motion. */
    public void reconsider(long motion) {
        if (!moverChosen()) {
            return;
        }
        apply(() -> console.moveReconsideration(meetingId, mover, motion));
    }

    /** The kinds of motion moved by their text alone (amendments are chosen by naming the motion they amend). */
    public MotionKind[] getKinds() {
        return new MotionKind[] {MotionKind.MAIN, MotionKind.DIRECTION_TO_STAFF, MotionKind.PROCEDURAL};
    }

    public MotionKind getKind() {
        return kind;
    }

    public void setKind(MotionKind kind) {
        this.kind = kind == null ? MotionKind.MAIN : kind;
    }

    public String getClosedNature() {
        return closedNature;
    }

    public void setClosedNature(String closedNature) {
        this.closedNature = closedNature;
    }

    public String getDeferTo() {
        return deferTo;
    }

    public void setDeferTo(String deferTo) {
        this.deferTo = deferTo;
    }

    public String getReferTo() {
        return referTo;
    }

    public void setReferTo(String referTo) {
        this.referTo = referTo;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public Long getRequester() {
        return requester;
    }

    public void setRequester(Long requester) {
        this.requester = requester;
    }

    public VoteRule[] getRules() {
        return VoteRule.values();
    }

    public ClosedReason[] getClosedReasons() {
        return ClosedReason.values();
    }

    public long getMeetingId() {
        return meetingId;
    }

    public LiveView getLive() {
        return live;
    }

    public Long getDeclarant() {
        return declarant;
    }

    public void setDeclarant(Long declarant) {
        this.declarant = declarant;
    }

    public Long getDeclarationItem() {
        return declarationItem;
    }

    public void setDeclarationItem(Long declarationItem) {
        this.declarationItem = declarationItem;
    }

    public String getNature() {
        return nature;
    }

    public void setNature(String nature) {
        this.nature = nature;
    }

    public Long getMover() {
        return mover;
    }

    public void setMover(Long mover) {
        this.mover = mover;
    }

    public String getMotionText() {
        return motionText;
    }

    public void setMotionText(String motionText) {
        this.motionText = motionText;
    }

    public Long getAmends() {
        return amends;
    }

    public void setAmends(Long amends) {
        this.amends = amends;
    }

    public VoteRule getRule() {
        return rule;
    }

    public void setRule(VoteRule rule) {
        this.rule = rule;
    }

    public Long getSeconder() {
        return seconder;
    }

    public void setSeconder(Long seconder) {
        this.seconder = seconder;
    }

    public boolean isRecorded() {
        return recorded;
    }

    public void setRecorded(boolean recorded) {
        this.recorded = recorded;
    }

    public ClosedReason getClosedReason() {
        return closedReason;
    }

    public void setClosedReason(ClosedReason closedReason) {
        this.closedReason = closedReason;
    }
}
