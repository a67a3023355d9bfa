package ca.quorum.web.api;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ca.quorum.meeting.application.LiveView;
import ca.quorum.meeting.application.MeetingConsole;
import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.meeting.domain.live.Choice;
import ca.quorum.meeting.domain.live.LiveEvent;
import ca.quorum.meeting.domain.live.MotionKind;
import ca.quorum.meeting.domain.live.Presence;
import ca.quorum.meeting.domain.live.VoteRule;
import ca.quorum.shared.application.RequestRefusedException;

/**
 * A live meeting over HTTP: its public state (anyone), the log (clerk and members), the console commands (clerk or
 * chair) and ballots (a councillor for their own seat, or the clerk recording a member's vote). Every answer comes
 * after the change is committed.
 */
@Path("m/{municipality}/meetings/{meeting}/live")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Live meetings")
public class LiveResource {

    @PathParam("meeting")
    long meeting;

    @EJB
    MeetingConsole console;

    @GET
    @Operation(summary = "The meeting's public state: status, quorum, attendance, current item, motions, votes")
    public LiveView state() {
        return console.state(meeting);
    }

    @GET
    @Path("log")
    @Operation(summary = "The meeting's event log, in order (clerk and members)")
    public String log() {
        return console.exportLog(meeting);
    }

    @POST
    @Path("attendance")
    @Operation(summary = "Record an arrival or departure: {member, presence: IN_PERSON|ELECTRONIC|ABSENT}")
    public LiveView attendance(JsonObject body) {
        return console.recordAttendance(meeting, id(body, "member"),
                choiceOf(Presence.class, body, "presence"));
    }

    @POST
    @Path("call-to-order")
    @Operation(summary = "Call the meeting to order (refused without quorum)")
    public LiveView callToOrder() {
        return console.callToOrder(meeting);
    }

    @POST
    @Path("item")
    @Operation(summary = "Move to an agenda item: {item} (its id) or {number} (\"6.1\")")
    public LiveView item(JsonObject body) {
        if (body != null && body.get("number") instanceof JsonString number) {
            return console.startItem(meeting, number.getString());
        }
        return console.startItem(meeting, id(body, "item"));
    }

    @POST
    @Path("declarations")
    @Operation(summary = "Record a declaration of pecuniary interest: {member, item, nature}")
    public LiveView declare(JsonObject body) {
        return console.declareInterest(meeting, id(body, "member"), id(body, "item"), text(body, "nature"));
    }

    @POST
    @Path("motions")
    @Operation(summary = "Move a motion or an amendment: {mover, text, amends?, rule?, kind?: "
            + "MAIN|AMENDMENT|DIRECTION_TO_STAFF|PROCEDURAL}")
    public LiveView move(JsonObject body) {
        Long amends = body.containsKey("amends") && !body.isNull("amends") ? id(body, "amends") : null;
        VoteRule rule = body.containsKey("rule") ? choiceOf(VoteRule.class, body, "rule") : null;
        MotionKind kind = body.containsKey("kind") ? choiceOf(MotionKind.class, body, "kind")
                : amends == null ? MotionKind.MAIN : MotionKind.AMENDMENT;
        return console.move(meeting, id(body, "mover"), kind, text(body, "text"), amends, rule);
    }

    @POST
    @Path("motions/{motion}/deferral")
    @Operation(summary = "Move to defer a pending motion: {mover, until}; council decides it by vote")
    public LiveView defer(@PathParam("motion") long motion, JsonObject body) {
        return console.moveDeferral(meeting, id(body, "mover"), motion, text(body, "until"));
    }

    @POST
    @Path("motions/{motion}/referral")
    @Operation(summary = "Move to refer a pending motion: {mover, to, instructions?}; council decides it by vote")
    public LiveView refer(@PathParam("motion") long motion, JsonObject body) {
        return console.moveReferral(meeting, id(body, "mover"), motion, text(body, "to"),
                body.containsKey("instructions") ? text(body, "instructions") : null);
    }

    @POST
    @Path("motions/{motion}/recorded-vote-request")
    @Operation(summary = "A member asks for a recorded vote on a motion, before its vote or right after it: {member}")
    public LiveView requestRecordedVote(@PathParam("motion") long motion, JsonObject body) {
        return console.requestRecordedVote(meeting, id(body, "member"), motion);
    }

    @POST
    @Path("closed-session-resolution")
    @Operation(summary = "Move the resolution to proceed into closed session: {mover, reasons: [\"239(2)(c)\", ...], "
            + "nature}")
    public LiveView closedSessionResolution(JsonObject body) {
        if (body == null || !(body.get("reasons") instanceof jakarta.json.JsonArray reasons)) {
            throw new RequestRefusedException("The JSON body needs an array \"reasons\" of s.239 clauses.");
        }
        List<ClosedReason> clauses = new java.util.ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            String reason = reasons.getString(i, "");
            clauses.add(ClosedReason.parse(reason).orElseThrow(
                    () -> new RequestRefusedException("\"" + reason + "\" is not a reason of s.239.")));
        }
        return console.moveClosedSession(meeting, id(body, "mover"), clauses, text(body, "nature"));
    }

    @POST
    @Path("motions/{motion}/as-amended")
    @Operation(summary = "Restate a pending main motion as its carried amendments changed it: {text}")
    public LiveView asAmended(@PathParam("motion") long motion, JsonObject body) {
        return console.restateAsAmended(meeting, motion, text(body, "text"));
    }

    @POST
    @Path("motions/{motion}/table")
    @Operation(summary = "Move to lay a pending motion on the table: {mover}")
    public LiveView table(@PathParam("motion") long motion, JsonObject body) {
        return console.moveToTable(meeting, id(body, "mover"), motion);
    }

    @POST
    @Path("motions/{motion}/lift-from-table")
    @Operation(summary = "Move to take a tabled motion from the table: {mover}")
    public LiveView liftFromTable(@PathParam("motion") long motion, JsonObject body) {
        return console.moveToLiftFromTable(meeting, id(body, "mover"), motion);
    }

    @POST
    @Path("motions/{motion}/previous-question")
    @Operation(summary = "Move the previous question on a pending motion (two-thirds): {mover}")
    public LiveView previousQuestion(@PathParam("motion") long motion, JsonObject body) {
        return console.movePreviousQuestion(meeting, id(body, "mover"), motion);
    }

    @POST
    @Path("points-of-order")
    @Operation(summary = "A member raises a point of order: {member, point}")
    public LiveView pointOfOrder(JsonObject body) {
        return console.raisePointOfOrder(meeting, id(body, "member"), text(body, "point"));
    }

    @POST
    @Path("points-of-order/ruling")
    @Operation(summary = "The chair rules on the point of order: {wellTaken, reason}")
    public LiveView ruling(JsonObject body) {
        return console.ruleOnPointOfOrder(meeting, body != null && body.getBoolean("wellTaken", false),
                text(body, "reason"));
    }

    @POST
    @Path("points-of-order/appeal")
    @Operation(summary = "A member appeals the chair's ruling; council votes whether it is sustained: {member}")
    public LiveView appeal(JsonObject body) {
        return console.appealRuling(meeting, id(body, "member"));
    }

    @POST
    @Path("notices-of-motion")
    @Operation(summary = "A member gives notice of a motion for a later meeting: {member, text, forMeeting}")
    public LiveView notice(JsonObject body) {
        return console.giveNoticeOfMotion(meeting, id(body, "member"), text(body, "text"), text(body, "forMeeting"));
    }

    @POST
    @Path("agenda-adoption")
    @Operation(summary = "Move the adoption of the agenda: {mover}")
    public LiveView agendaAdoption(JsonObject body) {
        return console.moveAgendaAdoption(meeting, id(body, "mover"));
    }

    @POST
    @Path("walk-on")
    @Operation(summary = "Move to add an item not on the agenda (two-thirds): {mover, title}; carried, it is added")
    public LiveView walkOn(JsonObject body) {
        return console.moveWalkOn(meeting, id(body, "mover"), text(body, "title"));
    }

    @POST
    @Path("consent-agenda")
    @Operation(summary = "Move the consent agenda (every consent item not lifted, by one vote): {mover}")
    public LiveView moveConsentAgenda(JsonObject body) {
        return console.moveConsentAgenda(meeting, id(body, "mover"));
    }

    @POST
    @Path("consent-agenda/lifted")
    @Operation(summary = "A member lifts an item from the consent agenda: {member, item}")
    public LiveView liftFromConsent(JsonObject body) {
        return console.liftFromConsent(meeting, id(body, "member"), id(body, "item"));
    }

    @POST
    @Path("no-quorum")
    @Operation(summary = "Close a meeting that never reached quorum, recording who was present")
    public LiveView closeWithoutQuorum() {
        return console.closeWithoutQuorum(meeting);
    }

    @POST
    @Path("motions/{motion}/reconsideration")
    @Operation(summary = "Move to reconsider a decided motion: {mover}; it needs the body's reconsideration rule")
    public LiveView reconsider(@PathParam("motion") long motion, JsonObject body) {
        return console.moveReconsideration(meeting, id(body, "mover"), motion);
    }

    @POST
    @Path("motions/{motion}/seconder")
    @Operation(summary = "Second a motion: {member}")
    public LiveView second(@PathParam("motion") long motion, JsonObject body) {
        return console.second(meeting, motion, id(body, "member"));
    }

    @POST
    @Path("motions/{motion}/disposition")
    @Operation(summary = "The mover withdraws a pending motion: {disposition: WITHDRAWN} (deferral and referral are "
            + "moved and voted)")
    public LiveView dispose(@PathParam("motion") long motion, JsonObject body) {
        return console.dispose(meeting, motion, choiceOf(LiveEvent.Disposition.class, body, "disposition"));
    }

    @POST
    @Path("motions/{motion}/vote")
    @Operation(summary = "Open the vote on a motion: {recorded}")
    public LiveView openVote(@PathParam("motion") long motion, JsonObject body) {
        return console.openVote(meeting, motion, body != null && body.getBoolean("recorded", false));
    }

    @POST
    @Path("vote/close")
    @Operation(summary = "Close the open vote; the answer carries the result")
    public LiveView closeVote() {
        return console.closeVote(meeting);
    }

    @POST
    @Path("ballots")
    @Operation(summary = "Cast a ballot: {choice: YES|NO, ballotId} for your own seat, or {member, ...} as the clerk. "
            + "Repeating a ballotId records nothing new.")
    public LiveView ballot(JsonObject body) {
        Choice choice = choiceOf(Choice.class, body, "choice");
        String ballotId = text(body, "ballotId");
        if (body.containsKey("member")) {
            return console.recordBallot(meeting, id(body, "member"), choice, ballotId);
        }
        return console.castBallot(meeting, choice, ballotId);
    }

    @POST
    @Path("closed-session")
    @Operation(summary = "Go into closed session under a carried resolution: {resolution} (the motion's number)")
    public LiveView closedSession(JsonObject body) {
        return console.enterClosedSession(meeting, id(body, "resolution"));
    }

    @POST
    @Path("open-session")
    @Operation(summary = "Rise from closed session")
    public LiveView openSession() {
        return console.leaveClosedSession(meeting);
    }

    @POST
    @Path("adjournment")
    @Operation(summary = "Adjourn the meeting")
    public LiveView adjourn() {
        return console.adjourn(meeting);
    }

    private static long id(JsonObject body, String field) {
        if (body == null || !(body.get(field) instanceof JsonNumber number)) {
            throw new RequestRefusedException("The JSON body needs a number \"" + field + "\".");
        }
        return number.longValue();
    }

    private static String text(JsonObject body, String field) {
        if (body == null || !(body.get(field) instanceof JsonString value)) {
            throw new RequestRefusedException("The JSON body needs a text \"" + field + "\".");
        }
        return value.getString();
    }

    private static <E extends Enum<E>> E choiceOf(Class<E> type, JsonObject body, String field) {
        String value = text(body, field).strip().toUpperCase(java.util.Locale.ROOT);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new RequestRefusedException("\"" + field + "\" must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ".");
        }
    }
}
