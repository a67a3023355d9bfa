package ca.quorum.meeting.domain.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.meeting.domain.live.LiveEvent.Disposition;
import ca.quorum.meeting.domain.live.LiveMeeting.MotionStatus;
import ca.quorum.shared.domain.RuleViolation;

class LiveMeetingTest {

    private static final Set<Long> COUNCIL = Sitting.COUNCIL;
    private static final long ITEM = Sitting.ITEM;

    private final Sitting sitting = new Sitting();
    private int seconds;

    private Instant now() {
        seconds++;
        return sitting.now();
    }

    /** A council of 9 under Ontario's usual settings, the given members present in person, item 61 started. */
    private LiveMeeting inSession(MeetingRules rules, long... members) {
        return sitting.inSession(rules, members);
    }

    private LiveMeeting inSession(long... members) {
        return inSession(MeetingRules.ontario(9), members);
    }

    private static long[] all() {
        return LongStream.rangeClosed(1, 9).toArray();
    }

    /** Moves and seconds a main motion; returns its id. */
    private long motion(LiveMeeting meeting, VoteRule rule) {
        long id = ((LiveEvent.MotionMoved) meeting.move(1, "That Council award the tender.", null, rule, now()))
                .motion();
        meeting.second(id, 2, now());
        return id;
    }

    private Tally vote(LiveMeeting meeting, long motion, int yes, int no) {
        meeting.openVote(motion, true, now());
        List<Long> voters = List.copyOf(meeting.eligibleVoters(ITEM));
        for (int i = 0; i < yes + no; i++) {
            meeting.castBallot(voters.get(i), i < yes ? Choice.YES : Choice.NO, "b-" + motion + "-" + seconds + "-" + i,
                    now());
        }
        return ((LiveEvent.VoteClosed) meeting.closeVote(now())).tally();
    }

    @Test
    void quorumIsAMajorityOfTheWholeNumberOfMembers() {
        assertEquals(5, MeetingRules.ontario(9).quorum());
        assertEquals(5, MeetingRules.ontario(8).quorum());
        assertEquals(4, MeetingRules.ontario(7).quorum());
        LiveMeeting meeting = new LiveMeeting(MeetingRules.ontario(9), COUNCIL);
        for (long m = 1; m <= 4; m++) {
            meeting.recordAttendance(m, Presence.IN_PERSON, now());
        }
        assertFalse(meeting.hasQuorum());
        RuleViolation refused = assertThrows(RuleViolation.class, () -> meeting.callToOrder(now()));
        assertEquals("There is no quorum: 4 counted, 5 needed.", refused.getMessage());
        meeting.recordAttendance(5, Presence.IN_PERSON, now());
        assertTrue(meeting.hasQuorum());
        meeting.callToOrder(now());
        assertEquals(LiveMeeting.Status.IN_SESSION, meeting.status());
    }

    @Test
    void electronicMembersCountTowardQuorumOnlyWhenTheByLawSaysSo() {
        MeetingRules counting = MeetingRules.ontario(9);
        MeetingRules notCounting = new MeetingRules(9, false, true, true, true, VoteRule.TWO_THIRDS_OF_PRESENT);
        for (MeetingRules rules : List.of(counting, notCounting)) {
            LiveMeeting meeting = new LiveMeeting(rules, COUNCIL);
            for (long m = 1; m <= 3; m++) {
                meeting.recordAttendance(m, Presence.IN_PERSON, now());
            }
            meeting.recordAttendance(4, Presence.ELECTRONIC, now());
            meeting.recordAttendance(5, Presence.ELECTRONIC, now());
            assertEquals(rules.electronicCountsForQuorum(), meeting.hasQuorum());
            assertEquals(rules.electronicCountsForQuorum() ? 5 : 3, meeting.countedForQuorum(null));
        }
    }

    @Test
    void electronicMembersVoteEvenWhenTheyDoNotCountForQuorum() {
        MeetingRules rules = new MeetingRules(9, false, true, true, true, VoteRule.TWO_THIRDS_OF_PRESENT);
        LiveMeeting meeting = inSession(rules, 1, 2, 3, 4, 5);
        meeting.recordAttendance(6, Presence.ELECTRONIC, now());
        long m = motion(meeting, VoteRule.MAJORITY_OF_VOTES_CAST);
        meeting.openVote(m, false, now());
        meeting.castBallot(6, Choice.YES, "remote", now());
        assertEquals(Choice.YES, meeting.openVote().ballots().get(6L));
    }

    @Test
    void aDeclaredMemberIsLeftOutOfQuorumAndCannotMoveSecondOrVote() {
        LiveMeeting meeting = inSession(1, 2, 3, 4, 5, 6);
        meeting.declareInterest(3, ITEM, "owns shares in a bidder", now());
        assertEquals(5, meeting.countedForQuorum(ITEM));
        assertTrue(meeting.hasQuorum());
        meeting.declareInterest(4, ITEM, "spouse works for a bidder", now());
        assertFalse(meeting.hasQuorum(), "4 counted of 5 needed");
        assertThrows(RuleViolation.class, () -> meeting.move(3, "x", null, null, now()));
        long m = ((LiveEvent.MotionMoved) meeting.move(1, "That Council award the tender.", null, null, now()))
                .motion();
        RuleViolation second = assertThrows(RuleViolation.class, () -> meeting.second(m, 4, now()));
        assertTrue(second.getMessage().contains("declared an interest"));
        meeting.second(m, 2, now());
        assertThrows(RuleViolation.class, () -> meeting.openVote(m, false, now()), "no quorum without them");
        meeting.recordAttendance(7, Presence.IN_PERSON, now());
        meeting.openVote(m, false, now());
        RuleViolation ballot = assertThrows(RuleViolation.class,
                () -> meeting.castBallot(3, Choice.YES, "b3", now()));
        assertTrue(ballot.getMessage().contains("declared an interest"));
        assertEquals(Set.of(1L, 2L, 5L, 6L, 7L), meeting.eligibleVoters(ITEM));
    }

    @Test
    void recusalsShrinkTheBaseOfAVote() {
        LiveMeeting meeting = inSession(all());
        meeting.declareInterest(9, ITEM, "owns the land", now());
        meeting.declareInterest(8, ITEM, "tenant of the owner", now());
        long m = motion(meeting, VoteRule.TWO_THIRDS_OF_PRESENT);
        Tally tally = vote(meeting, m, 5, 2);
        assertEquals(7, tally.base());
        assertTrue(tally.carried(), "5 of 7 eligible is two-thirds (9 present, 2 recused)");
    }

    @Test
    void whenDeclarationsLeaveNoPossibleQuorumTwoRemainingMembersAreDeemedAQuorum() {
        LiveMeeting meeting = inSession(all());
        for (long m = 3; m <= 7; m++) {
            meeting.declareInterest(m, ITEM, "family business", now());
        }
        assertTrue(meeting.hasQuorum(), "9 seats - 5 declared < 5 needed: the 4 others are a quorum (MCIA s.7)");
        meeting.recordAttendance(1, Presence.ABSENT, now());
        meeting.recordAttendance(2, Presence.ABSENT, now());
        meeting.recordAttendance(8, Presence.ABSENT, now());
        assertFalse(meeting.hasQuorum(), "one member is not a quorum");
    }

    @Test
    void aMemberWhoLeavesWithoutVotingIsNotCountedAndOneWhoVotedAndLeftStillCounts() {
        LiveMeeting meeting = inSession(all());
        long m = motion(meeting, VoteRule.MAJORITY_OF_VOTES_CAST);
        meeting.openVote(m, true, now());
        for (long member = 1; member <= 4; member++) {
            meeting.castBallot(member, Choice.YES, "y" + member, now());
        }
        meeting.castBallot(5, Choice.NO, "n5", now());
        meeting.castBallot(6, Choice.NO, "n6", now());
        meeting.recordAttendance(4, Presence.ABSENT, now()); // voted, then left: the ballot stands
        meeting.recordAttendance(9, Presence.ABSENT, now()); // left without voting: not deemed no
        Tally tally = ((LiveEvent.VoteClosed) meeting.closeVote(now())).tally();
        assertEquals(4, tally.yes());
        assertEquals(2, tally.no());
        assertEquals(2, tally.deemedNo(), "7 and 8 stayed and did not vote");
        assertEquals(8, tally.base());
        assertFalse(tally.carried(), "4 for, 4 against: a tie is lost");
        RuleViolation late = assertThrows(RuleViolation.class, () -> meeting.castBallot(9, Choice.YES, "late",
                now()));
        assertTrue(late.getMessage().startsWith("No vote is open"));
    }

    @Test
    void ballotsAreRefusedFromAbsentMembersAndOutsiders() {
        LiveMeeting meeting = inSession(1, 2, 3, 4, 5);
        long m = motion(meeting, VoteRule.MAJORITY_OF_VOTES_CAST);
        assertThrows(RuleViolation.class, () -> meeting.castBallot(1, Choice.YES, "early", now()),
                "before the vote opens");
        meeting.openVote(m, false, now());
        assertTrue(assertThrows(RuleViolation.class, () -> meeting.castBallot(7, Choice.YES, "a7", now()))
                .getMessage().contains("not recorded as present"));
        assertTrue(assertThrows(RuleViolation.class, () -> meeting.castBallot(42, Choice.YES, "x", now()))
                .getMessage().contains("does not sit"));
        assertThrows(RuleViolation.class, () -> meeting.castBallot(1, Choice.YES, " ", now()));
        assertTrue(meeting.openVote().ballots().isEmpty());
    }

    @Test
    void aRetriedBallotIsRecordedOnceAndAChangedOneOnlyWhereAllowed() {
        LiveMeeting meeting = inSession(all());
        long m = motion(meeting, VoteRule.MAJORITY_OF_VOTES_CAST);
        meeting.openVote(m, true, now());
        assertTrue(meeting.castBallot(1, Choice.YES, "tablet-1-a", now()) instanceof LiveEvent.BallotCast);
        assertNull(meeting.castBallot(1, Choice.YES, "tablet-1-a", now()), "the same ballot again: nothing new");
        assertThrows(RuleViolation.class, () -> meeting.castBallot(2, Choice.YES, "tablet-1-a", now()),
                "someone else's ballot id");
        assertThrows(RuleViolation.class, () -> meeting.castBallot(1, Choice.YES, "tablet-1-b", now()));
        meeting.castBallot(1, Choice.NO, "tablet-1-b", now());
        assertEquals(Choice.NO, meeting.openVote().ballots().get(1L));

        MeetingRules fixed = new MeetingRules(9, true, true, true, false, VoteRule.TWO_THIRDS_OF_PRESENT);
        LiveMeeting strict = inSession(fixed, all());
        long s = motion(strict, VoteRule.MAJORITY_OF_VOTES_CAST);
        strict.openVote(s, true, now());
        strict.castBallot(1, Choice.YES, "one", now());
        assertTrue(assertThrows(RuleViolation.class, () -> strict.castBallot(1, Choice.NO, "two", now()))
                .getMessage().contains("cannot be changed"));
    }

    @Test
    void amendmentsAreVotedBeforeTheMotionTheLastMovedFirstAndOneLevelDeep() {
        LiveMeeting meeting = inSession(all());
        long main = motion(meeting, VoteRule.MAJORITY_OF_VOTES_CAST);
        long amendment = ((LiveEvent.MotionMoved) meeting.move(3, "Add: for two years", main, null, now())).motion();
        meeting.second(amendment, 4, now());
        long sub = ((LiveEvent.MotionMoved) meeting.move(5, "Replace two with three", amendment, null, now()))
                .motion();
        meeting.second(sub, 6, now());
        assertThrows(RuleViolation.class, () -> meeting.move(7, "Replace three with four", sub, null, now()),
                "no amendment of a sub-amendment");
        RuleViolation first = assertThrows(RuleViolation.class, () -> meeting.openVote(main, false, now()));
        assertTrue(first.getMessage().contains("[" + sub + ", " + amendment + "]"), first.getMessage());
        assertThrows(RuleViolation.class, () -> meeting.openVote(amendment, false, now()));
        assertFalse(vote(meeting, sub, 3, 6).carried());
        assertTrue(vote(meeting, amendment, 6, 3).carried());
        assertTrue(vote(meeting, main, 7, 2).carried());
        assertEquals(List.of(MotionStatus.CARRIED, MotionStatus.CARRIED, MotionStatus.LOST),
                meeting.motions().stream().map(LiveMeeting.Motion::status).toList());
    }

    @Test
    void aMotionNeedsASeconderWhereTheByLawSaysSoAndNotFromItsMover() {
        LiveMeeting meeting = inSession(all());
        long m = ((LiveEvent.MotionMoved) meeting.move(1, "That the minutes be adopted.", null, null, now()))
                .motion();
        assertThrows(RuleViolation.class, () -> meeting.openVote(m, false, now()));
        assertThrows(RuleViolation.class, () -> meeting.second(m, 1, now()));
        MeetingRules noSeconder = new MeetingRules(9, true, false, true, true, VoteRule.TWO_THIRDS_OF_PRESENT);
        LiveMeeting committee = inSession(noSeconder, all());
        long c = ((LiveEvent.MotionMoved) committee.move(1, "That the minutes be adopted.", null, null, now()))
                .motion();
        committee.openVote(c, false, now());
        assertEquals(c, committee.openVote().motion());
    }

    @Test
    void withdrawingTakesAMotionOffTheFloorAndItsPendingAmendmentFallsWithIt() {
        LiveMeeting meeting = inSession(all());
        long main = motion(meeting, VoteRule.MAJORITY_OF_VOTES_CAST);
        long amendment = ((LiveEvent.MotionMoved) meeting.move(3, "Add a date", main, null, now())).motion();
        assertThrows(RuleViolation.class, () -> meeting.dispose(amendment, Disposition.REFERRED, now()));
        meeting.dispose(main, Disposition.WITHDRAWN, now());
        assertEquals(MotionStatus.WITHDRAWN, meeting.motion(main).status());
        assertEquals(MotionStatus.FELL, meeting.motion(amendment).status(), "its pending amendment falls with it");
        assertThrows(RuleViolation.class, () -> meeting.openVote(main, false, now()));
        long other = motion(meeting, VoteRule.MAJORITY_OF_VOTES_CAST);
        meeting.openVote(other, false, now());
        assertThrows(RuleViolation.class, () -> meeting.dispose(other, Disposition.WITHDRAWN, now()),
                "not while it is being voted");
    }

    @Test
    void aDecidedMotionIsReconsideredByTheByLawsRule() {
        LiveMeeting meeting = inSession(all());
        long main = motion(meeting, VoteRule.MAJORITY_OF_VOTES_CAST);
        assertFalse(vote(meeting, main, 4, 5).carried());
        long reconsider = ((LiveEvent.MotionMoved) meeting.moveReconsideration(7, main, now())).motion();
        assertEquals(VoteRule.TWO_THIRDS_OF_PRESENT, meeting.motion(reconsider).rule());
        meeting.second(reconsider, 3, now());
        assertTrue(vote(meeting, reconsider, 6, 3).carried());
        assertEquals(MotionStatus.PENDING, meeting.motion(main).status(), "back before the meeting");
        assertTrue(vote(meeting, main, 6, 3).carried());
    }

    @Test
    void theConsoleFlowFromCallToOrderToAdjournmentReplaysToTheSameState() {
        LiveMeeting meeting = inSession(all());
        meeting.recordAttendance(9, Presence.ABSENT, now());
        long resolution = ((LiveEvent.MotionMoved) meeting.moveClosedSession(1, List.of(ClosedReason.LAND),
                "a proposed acquisition of land", now())).motion();
        meeting.second(resolution, 2, now());
        vote(meeting, resolution, 8, 0);
        meeting.enterClosedSession(resolution, now());
        assertEquals(ClosedReason.LAND, meeting.closedSession());
        assertThrows(RuleViolation.class, () -> meeting.enterClosedSession(resolution, now()));
        meeting.leaveClosedSession(now());
        meeting.recess(now());
        assertThrows(RuleViolation.class, () -> meeting.move(1, "x", null, null, now()), "in recess");
        meeting.resume(now());
        long m = motion(meeting, VoteRule.MAJORITY_OF_VOTES_CAST);
        meeting.openVote(m, true, now());
        assertThrows(RuleViolation.class, () -> meeting.adjourn(now()), "a vote is open");
        meeting.castBallot(1, Choice.YES, "z", now());
        meeting.closeVote(now());
        meeting.adjourn(now());
        assertEquals(LiveMeeting.Status.ADJOURNED, meeting.status());
        assertThrows(RuleViolation.class, () -> meeting.recordAttendance(9, Presence.IN_PERSON, now()));

        LiveMeeting replayed = LiveMeeting.replay(MeetingRules.ontario(9), COUNCIL, meeting.log());
        assertEquals(meeting.status(), replayed.status());
        assertEquals(meeting.motions(), replayed.motions());
        assertEquals(meeting.present(), replayed.present());
        assertEquals(meeting.votes().get(0).tally(), replayed.votes().get(0).tally());
    }

    @Test
    void nothingHappensBeforeTheCallToOrder() {
        LiveMeeting meeting = new LiveMeeting(MeetingRules.ontario(9), COUNCIL);
        assertThrows(RuleViolation.class, () -> meeting.startItem(ITEM, "6.1", "x", now()));
        assertThrows(RuleViolation.class, () -> meeting.adjourn(now()));
        assertThrows(RuleViolation.class, () -> meeting.recordAttendance(12, Presence.IN_PERSON, now()));
        assertThrows(RuleViolation.class, () -> meeting.declareInterest(1, ITEM, " ", now()));
        assertTrue(meeting.log().isEmpty(), "refusals leave no trace in the log");
    }
}
