package ca.quorum.meeting.domain.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.meeting.domain.live.LiveEvent.Disposition;
import ca.quorum.meeting.domain.live.LiveMeeting.MotionStatus;
import ca.quorum.shared.domain.RuleViolation;

/**
 * Procedure a clerk can defend: each test is a scenario the Municipal Act or the procedure by-law decides, named
 * after what it proves (closed sessions, quorum, recorded votes, amendments, deferral and referral,
 * reconsideration, the meeting's lifecycle, what enacts).
 */
class ProcedureTest {

    private static final long SALT = Sitting.ITEM;
    private static final long LIBRARY = 62;

    private final Sitting sitting = new Sitting();
    private int seconds;

    private Instant now() {
        seconds++;
        return sitting.now();
    }

    private LiveMeeting inSession(MeetingRules rules, long... members) {
        return sitting.inSession(rules, members);
    }

    private LiveMeeting everyonePresent() {
        return sitting.everyonePresent();
    }

    private long move(LiveMeeting meeting, long mover, String text, Long amends) {
        return ((LiveEvent.MotionMoved) meeting.move(mover, text, amends, null, now())).motion();
    }

    private long seconded(LiveMeeting meeting, long mover, long seconder, String text) {
        long id = move(meeting, mover, text, null);
        meeting.second(id, seconder, now());
        return id;
    }

    /** Opens and closes a vote with these ballots; returns the closing event. */
    private LiveEvent vote(LiveMeeting meeting, long motion, boolean recorded, Map<Long, Choice> ballots) {
        meeting.openVote(motion, recorded, now());
        ballots.forEach((member, choice) -> meeting.castBallot(member, choice, "b" + motion + "-" + seconds + "-"
                + member, now()));
        return meeting.closeVote(now());
    }

    /** Members 1..yes vote for, the next {@code no} against, the rest stay silent. */
    private static Map<Long, Choice> split(int yes, int no) {
        Map<Long, Choice> ballots = new java.util.LinkedHashMap<>();
        for (long m = 1; m <= yes + no; m++) {
            ballots.put(m, m <= yes ? Choice.YES : Choice.NO);
        }
        return ballots;
    }

    private Tally tally(LiveEvent closed) {
        return assertInstanceOf(LiveEvent.VoteClosed.class, closed).tally();
    }

    /** The resolution to go into closed session, carried by everyone, and the meeting goes in. */
    private long intoClosedSession(LiveMeeting meeting) {
        long resolution = ((LiveEvent.MotionMoved) meeting.moveClosedSession(1, List.of(ClosedReason.LAND,
                ClosedReason.LITIGATION), "an offer for 22 Lakeshore Road and a claim about it", now())).motion();
        meeting.second(resolution, 2, now());
        Map<Long, Choice> all = new java.util.LinkedHashMap<>();
        meeting.eligibleVoters(meeting.currentItem()).forEach(m -> all.put(m, Choice.YES));
        vote(meeting, resolution, false, all);
        meeting.enterClosedSession(resolution, now());
        return resolution;
    }

    // ----- 1. closed-ness follows the session

    @Test
    void aMotionMovedInClosedSessionOnAnOpenItemIsClosed() {
        LiveMeeting meeting = everyonePresent();
        intoClosedSession(meeting);
        long direction = ((LiveEvent.MotionMoved) meeting.move(3, MotionKind.DIRECTION_TO_STAFF,
                "That staff counter-offer at $610,000.", null, null, now())).motion();
        assertTrue(meeting.motion(direction).closed(), "the item is open; the session is not");
        assertTrue(ClosedMatters.of(meeting.log()).motionClosed(direction), "the same answer from the log");
    }

    @Test
    void aMotionVotedInOpenSessionAfterRiseAndReportIsPublic() {
        LiveMeeting meeting = everyonePresent();
        intoClosedSession(meeting);
        meeting.leaveClosedSession(now());
        long decision = seconded(meeting, 4, 5, "That Council accept the offer as reported.");
        vote(meeting, decision, true, split(9, 0));
        assertFalse(meeting.motion(decision).closed());
        assertFalse(ClosedMatters.of(meeting.log()).motionClosed(decision));
    }

    @Test
    void aMotionMovedInOpenSessionButVotedInClosedSessionIsClosedFromTheVoteOn() {
        LiveMeeting meeting = everyonePresent();
        long deferral = seconded(meeting, 4, 5, "That the tender be awarded.");
        long defer = ((LiveEvent.MotionMoved) meeting.moveDeferral(6, deferral, "the next meeting", now())).motion();
        meeting.second(defer, 7, now());
        assertFalse(meeting.motion(defer).closed());
        intoClosedSessionWithPending(meeting);
        meeting.openVote(defer, false, now());
        assertTrue(meeting.motion(defer).closed(), "put to a vote in closed session");
    }

    private void intoClosedSessionWithPending(LiveMeeting meeting) {
        meeting.startItem(LIBRARY, "6.2", "Library hours", now());
        intoClosedSession(meeting);
        meeting.startItem(SALT, "6.1", "Road salt tender", now());
    }

    @Test
    void anAmendmentOfAClosedMotionIsClosedEvenInOpenSession() {
        LiveMeeting meeting = everyonePresent();
        intoClosedSession(meeting);
        long direction = ((LiveEvent.MotionMoved) meeting.move(3, MotionKind.DIRECTION_TO_STAFF,
                "That staff counter-offer.", null, null, now())).motion();
        meeting.leaveClosedSession(now());
        long amendment = move(meeting, 4, "Add: at $600,000", direction);
        assertTrue(meeting.motion(amendment).closed());
    }

    // ----- 2. reconsideration is a motion of its own

    @Test
    void aReconsiderationIsItsOwnKindAndTheFirstResultStaysLost4to5ThenCarried6to3() {
        LiveMeeting meeting = everyonePresent();
        long main = seconded(meeting, 1, 2, "That the library open on Sundays.");
        assertFalse(tally(vote(meeting, main, false, split(4, 5))).carried());
        long reconsider = ((LiveEvent.MotionMoved) meeting.moveReconsideration(9, main, now())).motion();
        assertEquals(MotionKind.RECONSIDERATION, meeting.motion(reconsider).kind());
        assertEquals(main, meeting.motion(reconsider).amends());
        meeting.second(reconsider, 8, now());
        assertTrue(tally(vote(meeting, reconsider, false, split(6, 3))).carried());
        assertTrue(tally(vote(meeting, main, false, split(6, 3))).carried());
        List<LiveMeeting.Vote> onMain = meeting.votes().stream().filter(v -> v.motion() == main).toList();
        assertEquals(List.of(false, true), onMain.stream().map(v -> v.tally().carried()).toList(),
                "both outcomes of the main motion stay in the record");
    }

    // ----- 3. quorum on the motion's item; votes on the item under consideration

    @Test
    void aVoteIsOpenedOnlyOnAMotionOfTheItemUnderConsiderationReconsiderationIncluded() {
        LiveMeeting meeting = everyonePresent();
        long salt = seconded(meeting, 1, 2, "That the tender be awarded.");
        meeting.startItem(LIBRARY, "6.2", "Library hours", now());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> meeting.openVote(salt, false, now()));
        assertTrue(refused.getMessage().contains("item under consideration"), refused.getMessage());
        meeting.startItem(SALT, "6.1", "Road salt tender", now());
        vote(meeting, salt, false, split(5, 4));
        long reconsider = ((LiveEvent.MotionMoved) meeting.moveReconsideration(3, salt, now())).motion();
        meeting.second(reconsider, 4, now());
        meeting.startItem(LIBRARY, "6.2", "Library hours", now());
        assertThrows(RuleViolation.class, () -> meeting.openVote(reconsider, false, now()));
    }

    @Test
    void quorumForAVoteLeavesOutMembersWhoDeclaredAnInterestInItsItem() {
        LiveMeeting meeting = inSession(MeetingRules.ontario(9), 1, 2, 3, 4, 5);
        long salt = seconded(meeting, 1, 2, "That the tender be awarded.");
        meeting.declareInterest(5, SALT, "owns a salt supplier", now());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> meeting.openVote(salt, false, now()));
        assertEquals("There is no quorum: 4 counted, 5 needed.", refused.getMessage());
        assertTrue(meeting.hasQuorum(LIBRARY), "the same five are a quorum on another item");
    }

    // ----- 4. quorum checked again when the vote closes

    @Test
    void quorumLostBeforeTheVoteClosesLeavesItUndecidedAndTheMotionBeforeCouncil() {
        LiveMeeting meeting = inSession(MeetingRules.ontario(9), 1, 2, 3, 4, 5);
        long salt = seconded(meeting, 1, 2, "That the tender be awarded.");
        meeting.openVote(salt, false, now());
        meeting.castBallot(1, Choice.YES, "a", now());
        meeting.castBallot(2, Choice.YES, "b", now());
        meeting.castBallot(3, Choice.YES, "c", now());
        meeting.recordAttendance(5, Presence.ABSENT, now()); // a member leaves mid-vote
        LiveEvent.VoteLapsed lapsed = assertInstanceOf(LiveEvent.VoteLapsed.class, meeting.closeVote(now()));
        assertEquals(4, lapsed.counted());
        assertEquals(5, lapsed.needed());
        assertEquals(MotionStatus.PENDING, meeting.motion(salt).status(), "not decided");
        assertTrue(meeting.votes().get(0).lapsed());
        assertTrue(meeting.openVote() == null);
        meeting.recordAttendance(5, Presence.IN_PERSON, now());
        assertTrue(tally(vote(meeting, salt, false, split(4, 1))).carried(), "voted again once quorum is back");
    }

    // ----- 5. s.246 recorded votes

    @Test
    void onARecordedVoteAPresentMemberWhoDoesNotVoteIsDeemedAgainstWhateverTheSilenceSetting() {
        MeetingRules silenceIsNotNo = new MeetingRules(9, true, true, false, true, VoteRule.TWO_THIRDS_OF_PRESENT);
        LiveMeeting meeting = inSession(silenceIsNotNo, LongStream.rangeClosed(1, 9).toArray());
        long unrecorded = seconded(meeting, 1, 2, "That the library open on Sundays.");
        Tally quiet = tally(vote(meeting, unrecorded, false, split(4, 3)));
        assertEquals(0, quiet.deemedNo(), "the by-law's setting on an ordinary vote");
        assertTrue(quiet.carried());
        long recorded = seconded(meeting, 1, 2, "That the library open on holidays.");
        LiveEvent.VoteClosed closed = assertInstanceOf(LiveEvent.VoteClosed.class,
                vote(meeting, recorded, true, split(4, 3)));
        assertEquals(2, closed.tally().deemedNo(), "members 8 and 9 deemed against (s.246(2))");
        assertEquals(List.of(8L, 9L), closed.deemed());
        assertFalse(closed.tally().carried(), "4 for, 5 against");
    }

    @Test
    void aMemberAsksForARecordedVoteBeforeTheVoteAndTheRequestIsAnEventWithTheirName() {
        LiveMeeting meeting = everyonePresent();
        long main = seconded(meeting, 1, 2, "That the tender be awarded.");
        LiveEvent.RecordedVoteRequested asked = assertInstanceOf(LiveEvent.RecordedVoteRequested.class,
                meeting.requestRecordedVote(7, main, now()));
        assertEquals(7, asked.member());
        LiveEvent.VoteOpened opened = assertInstanceOf(LiveEvent.VoteOpened.class,
                meeting.openVote(main, false, now()));
        assertTrue(opened.recorded(), "the chair cannot open it unrecorded once a member asked");
    }

    @Test
    void aRecordedVoteAskedForRightAfterTheVoteRetakesItAndKeepsTheFirstResult() {
        LiveMeeting meeting = everyonePresent();
        long main = seconded(meeting, 1, 2, "That the tender be awarded.");
        vote(meeting, main, false, split(5, 2));
        meeting.requestRecordedVote(6, main, now());
        assertEquals(MotionStatus.PENDING, meeting.motion(main).status(), "put to a recorded vote again");
        LiveEvent.VoteOpened again = assertInstanceOf(LiveEvent.VoteOpened.class,
                meeting.openVote(main, false, now()));
        assertTrue(again.recorded());
        meeting.castBallot(1, Choice.YES, "again-1", now());
        meeting.closeVote(now());
        assertEquals(2, meeting.votes().stream().filter(v -> v.motion() == main).count());
        assertEquals(MotionStatus.LOST, meeting.motion(main).status(), "1 for, 8 deemed against");
    }

    @Test
    void aRecordedVoteAskedForOnceOtherBusinessHasBegunIsRefused() {
        LiveMeeting meeting = everyonePresent();
        long main = seconded(meeting, 1, 2, "That the tender be awarded.");
        vote(meeting, main, false, split(5, 2));
        move(meeting, 3, "That staff report on salt storage.", null);
        RuleViolation late = assertThrows(RuleViolation.class, () -> meeting.requestRecordedVote(6, main, now()));
        assertTrue(late.getMessage().contains("s.246(1)"), late.getMessage());
    }

    // ----- 6. amendments in order; nothing moved during a vote; nothing left pending

    @Test
    void siblingAmendmentsAreVotedLastMovedFirst() {
        LiveMeeting meeting = everyonePresent();
        long main = seconded(meeting, 1, 2, "That the tender be awarded.");
        long first = move(meeting, 3, "Add: for one year", main);
        meeting.second(first, 4, now());
        long second = move(meeting, 5, "Add: with a price cap", main);
        meeting.second(second, 6, now());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> meeting.openVote(first, false, now()));
        assertTrue(refused.getMessage().contains("[" + second + "]"), refused.getMessage());
        vote(meeting, second, false, split(6, 3));
        vote(meeting, first, false, split(2, 7));
        assertTrue(tally(vote(meeting, main, false, split(6, 3))).carried());
    }

    @Test
    void noMotionIsMovedOrSecondedWhileAVoteIsOpen() {
        LiveMeeting meeting = everyonePresent();
        long main = seconded(meeting, 1, 2, "That the tender be awarded.");
        long unseconded = move(meeting, 3, "That staff report on salt storage.", null);
        meeting.openVote(main, false, now());
        assertThrows(RuleViolation.class, () -> meeting.move(4, "Another motion", null, null, now()));
        assertThrows(RuleViolation.class, () -> meeting.move(4, "An amendment", main, null, now()));
        assertThrows(RuleViolation.class, () -> meeting.second(unseconded, 5, now()));
        assertThrows(RuleViolation.class, () -> meeting.moveDeferral(4, main, "May", now()));
    }

    @Test
    void whenTheMainMotionIsReferredItsPendingAmendmentFallsAndNothingStaysPending() {
        LiveMeeting meeting = everyonePresent();
        long main = seconded(meeting, 1, 2, "That the tender be awarded.");
        long amendment = move(meeting, 3, "Add: for one year", main);
        long referral = ((LiveEvent.MotionMoved) meeting.moveReferral(4, main, "the Finance Committee",
                "compare with a two-year term", now())).motion();
        meeting.second(referral, 5, now());
        vote(meeting, referral, false, split(6, 3));
        assertEquals(MotionStatus.REFERRED, meeting.motion(main).status());
        assertEquals(MotionStatus.FELL, meeting.motion(amendment).status());
        assertTrue(meeting.motions().stream().noneMatch(m -> m.status() == MotionStatus.PENDING));
    }

    // ----- 7. deferral and referral are decisions of council

    @Test
    void aDeferralIsVotedLikeAnyMotionAndCarriedItDisposesOfTheMainMotion() {
        LiveMeeting meeting = everyonePresent();
        long main = seconded(meeting, 1, 2, "That the tender be awarded.");
        assertThrows(RuleViolation.class, () -> meeting.dispose(main, Disposition.DEFERRED, now()),
                "the chair cannot defer alone");
        long defer = ((LiveEvent.MotionMoved) meeting.moveDeferral(3, main, "the meeting of April 14", now()))
                .motion();
        assertEquals("That motion " + main + " be deferred to the meeting of April 14.", meeting.motion(defer).text());
        meeting.second(defer, 4, now());
        assertThrows(RuleViolation.class, () -> meeting.openVote(main, false, now()), "the deferral is voted first");
        assertTrue(tally(vote(meeting, defer, false, split(5, 4))).carried());
        assertEquals(MotionStatus.DEFERRED, meeting.motion(main).status());
    }

    @Test
    void aReferralLostLeavesTheMainMotionBeforeCouncil() {
        LiveMeeting meeting = everyonePresent();
        long main = seconded(meeting, 1, 2, "That the tender be awarded.");
        long refer = ((LiveEvent.MotionMoved) meeting.moveReferral(3, main, "staff", null, now())).motion();
        meeting.second(refer, 4, now());
        assertFalse(tally(vote(meeting, refer, false, split(4, 5))).carried());
        assertEquals(MotionStatus.PENDING, meeting.motion(main).status());
        assertThrows(RuleViolation.class, () -> meeting.moveReferral(3, main, " ", null, now()),
                "a referral names where it goes");
    }

    // ----- 8. reconsideration limits

    @Test
    void onlyAMemberWhoVotedOnThePrevailingSideMayMoveToReconsider() {
        LiveMeeting meeting = everyonePresent();
        long main = seconded(meeting, 1, 2, "That the tender be awarded.");
        vote(meeting, main, false, split(6, 3)); // 1..6 for, 7..9 against: carried
        RuleViolation refused = assertThrows(RuleViolation.class, () -> meeting.moveReconsideration(8, main, now()));
        assertTrue(refused.getMessage().contains("prevailing side (for)"), refused.getMessage());
        meeting.moveReconsideration(6, main, now());
    }

    @Test
    void aMotionIsReconsideredOncePerMeetingUnlessTheByLawAllowsMore() {
        LiveMeeting meeting = everyonePresent();
        long main = seconded(meeting, 1, 2, "That the tender be awarded.");
        vote(meeting, main, false, split(4, 5));
        long first = ((LiveEvent.MotionMoved) meeting.moveReconsideration(9, main, now())).motion();
        meeting.second(first, 8, now());
        assertFalse(tally(vote(meeting, first, false, split(5, 4))).carried(), "5 of 9 is not two-thirds");
        RuleViolation again = assertThrows(RuleViolation.class, () -> meeting.moveReconsideration(9, main, now()));
        assertTrue(again.getMessage().contains("already reconsidered at this meeting"), again.getMessage());

        MeetingRules twice = new MeetingRules(9, true, true, true, true, VoteRule.MAJORITY_OF_VOTES_CAST, 2);
        LiveMeeting lenient = inSession(twice, LongStream.rangeClosed(1, 9).toArray());
        long motion = seconded(lenient, 1, 2, "That the tender be awarded.");
        vote(lenient, motion, false, split(4, 5));
        long r1 = ((LiveEvent.MotionMoved) lenient.moveReconsideration(9, motion, now())).motion();
        lenient.second(r1, 8, now());
        assertEquals(VoteRule.MAJORITY_OF_VOTES_CAST, lenient.motion(r1).rule(), "the body's threshold");
        assertFalse(tally(vote(lenient, r1, false, split(4, 5))).carried());
        lenient.moveReconsideration(9, motion, now());
    }

    // ----- 9. the meeting's lifecycle

    @Test
    void aMeetingThatNeverReachesQuorumIsClosedWithThoseWhoWerePresent() {
        LiveMeeting meeting = new LiveMeeting(MeetingRules.ontario(9), Sitting.COUNCIL);
        meeting.recordAttendance(1, Presence.IN_PERSON, now());
        meeting.recordAttendance(2, Presence.IN_PERSON, now());
        LiveEvent.ClosedWithoutQuorum closed = assertInstanceOf(LiveEvent.ClosedWithoutQuorum.class,
                meeting.closeWithoutQuorum(now()));
        assertEquals(List.of(1L, 2L), closed.present());
        assertEquals(5, closed.needed());
        assertEquals(LiveMeeting.Status.ADJOURNED, meeting.status());
        assertTrue(meeting.closedWithoutQuorum());
        assertThrows(RuleViolation.class, () -> meeting.callToOrder(now()));
    }

    @Test
    void aMeetingWithQuorumCannotBeClosedForWantOfIt() {
        LiveMeeting meeting = new LiveMeeting(MeetingRules.ontario(9), Sitting.COUNCIL);
        LongStream.rangeClosed(1, 5).forEach(m -> meeting.recordAttendance(m, Presence.IN_PERSON, now()));
        assertThrows(RuleViolation.class, () -> meeting.closeWithoutQuorum(now()));
        meeting.callToOrder(now());
        assertThrows(RuleViolation.class, () -> meeting.closeWithoutQuorum(now()), "already called to order");
    }

    // ----- 10. closed session needs its resolution; only procedure and directions are voted in camera

    @Test
    void closedSessionNeedsACarriedResolutionStatingItsClausesAndTheNatureOfTheMatters() {
        LiveMeeting meeting = everyonePresent();
        assertThrows(RuleViolation.class, () -> meeting.moveClosedSession(1, List.of(), "land", now()));
        assertThrows(RuleViolation.class, () -> meeting.moveClosedSession(1, List.of(ClosedReason.LAND), " ",
                now()), "s.239(4)(a): the general nature");
        long resolution = ((LiveEvent.MotionMoved) meeting.moveClosedSession(1, List.of(ClosedReason.LAND),
                "an offer for land", now())).motion();
        assertEquals("That Council proceed into closed session under s.239(2)(c) of the Municipal Act, 2001, to "
                + "consider: an offer for land.", meeting.motion(resolution).text());
        assertThrows(RuleViolation.class, () -> meeting.enterClosedSession(resolution, now()), "not yet carried");
        meeting.second(resolution, 2, now());
        vote(meeting, resolution, false, split(3, 6));
        assertThrows(RuleViolation.class, () -> meeting.enterClosedSession(resolution, now()), "lost");
        long main = seconded(meeting, 3, 4, "That the tender be awarded.");
        assertThrows(RuleViolation.class, () -> meeting.enterClosedSession(main, now()), "not a resolution");
        long carried = intoClosedSession(meeting);
        LiveEvent.ClosedSessionEntered entered = (LiveEvent.ClosedSessionEntered) meeting.log()
                .get(meeting.log().size() - 1);
        assertEquals(carried, entered.resolution());
        assertEquals(List.of(ClosedReason.LAND, ClosedReason.LITIGATION), entered.clauses());
        meeting.leaveClosedSession(now());
        assertThrows(RuleViolation.class, () -> meeting.enterClosedSession(carried, now()), "used once");
    }

    @Test
    void aSubstantiveVoteInClosedSessionIsRefusedButProcedureAndDirectionsToStaffAreVoted() {
        LiveMeeting meeting = everyonePresent();
        intoClosedSession(meeting);
        long substantive = seconded(meeting, 3, 4, "That Council buy 22 Lakeshore Road.");
        RuleViolation refused = assertThrows(RuleViolation.class, () -> meeting.openVote(substantive, false, now()));
        assertTrue(refused.getMessage().contains("s.239(6)"), refused.getMessage());
        long amendment = move(meeting, 5, "Add: for $600,000", substantive);
        meeting.second(amendment, 6, now());
        assertThrows(RuleViolation.class, () -> meeting.openVote(amendment, false, now()),
                "an amendment of a substantive motion is substantive too");
        meeting.dispose(substantive, Disposition.WITHDRAWN, now());
        long direction = ((LiveEvent.MotionMoved) meeting.move(3, MotionKind.DIRECTION_TO_STAFF,
                "That staff counter-offer at $610,000.", null, null, now())).motion();
        meeting.second(direction, 4, now());
        assertTrue(tally(vote(meeting, direction, false, split(7, 2))).carried());
        long procedural = ((LiveEvent.MotionMoved) meeting.move(3, MotionKind.PROCEDURAL,
                "That the closed session be extended by 15 minutes.", null, null, now())).motion();
        meeting.second(procedural, 4, now());
        assertTrue(tally(vote(meeting, procedural, false, split(7, 2))).carried());
    }

    // ----- 11. what enacts

    @Test
    void onlyACarriedMainMotionVotedInOpenSessionAdoptsMinutesOrEnactsABylaw() {
        LiveMeeting meeting = everyonePresent();
        long main = seconded(meeting, 1, 2, "That By-law 2027-001 be enacted.");
        long amendment = move(meeting, 3, "Add: as amended", main);
        meeting.second(amendment, 4, now());
        vote(meeting, amendment, false, split(6, 3));
        vote(meeting, main, false, split(6, 3));
        assertEquals(main, meeting.enactingMotion(main).id());
        assertTrue(assertThrows(RuleViolation.class, () -> meeting.enactingMotion(amendment)).getMessage()
                .contains("an amendment"));
        long reconsider = ((LiveEvent.MotionMoved) meeting.moveReconsideration(1, main, now())).motion();
        meeting.second(reconsider, 2, now());
        vote(meeting, reconsider, false, split(2, 7));
        assertTrue(assertThrows(RuleViolation.class, () -> meeting.enactingMotion(reconsider)).getMessage()
                .contains("a reconsideration"));
        intoClosedSession(meeting);
        long direction = ((LiveEvent.MotionMoved) meeting.move(3, MotionKind.DIRECTION_TO_STAFF,
                "That staff proceed.", null, null, now())).motion();
        meeting.second(direction, 4, now());
        vote(meeting, direction, false, split(7, 2));
        assertThrows(RuleViolation.class, () -> meeting.enactingMotion(direction));
        long lost = seconded(meeting, 5, 6, "That By-law 2027-002 be enacted.");
        assertFalse(meeting.motion(lost).enacts());
        assertTrue(meeting.motions().stream().filter(LiveMeeting.Motion::enacts).map(LiveMeeting.Motion::id)
                .toList().equals(List.of(main)));
    }

    // ----- the log replays to the same answers

    @Test
    void aWholeEveningReplaysToTheSameMotionsVotesAndClosedMatters() {
        LiveMeeting meeting = everyonePresent();
        long main = seconded(meeting, 1, 2, "That the tender be awarded.");
        meeting.requestRecordedVote(3, main, now());
        vote(meeting, main, false, split(4, 5));
        long reconsider = ((LiveEvent.MotionMoved) meeting.moveReconsideration(9, main, now())).motion();
        meeting.second(reconsider, 8, now());
        vote(meeting, reconsider, false, split(6, 3));
        intoClosedSession(meeting);
        meeting.leaveClosedSession(now());
        vote(meeting, main, true, split(6, 3));
        meeting.adjourn(now());
        LiveMeeting replayed = LiveMeeting.replay(MeetingRules.ontario(9), Sitting.COUNCIL, meeting.log());
        assertEquals(meeting.motions(), replayed.motions());
        assertEquals(meeting.votes().stream().map(LiveMeeting.Vote::tally).toList(),
                replayed.votes().stream().map(LiveMeeting.Vote::tally).toList());
    }
}
