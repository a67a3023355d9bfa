package ca.quorum.meeting.domain.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.quorum.meeting.domain.live.LiveMeeting.MotionStatus;
import ca.quorum.shared.domain.RuleViolation;

/** Procedural motions as first-class commands: table and lift, previous question, point of order and appeal, notice
 * of motion, adoption of the agenda, walk-on items. */
class ProceduralMotionsTest {

    private static final Set<Long> COUNCIL = Sitting.COUNCIL;

    private final Sitting sitting = new Sitting();

    private Instant now() {
        return sitting.now();
    }

    private LiveMeeting meeting() {
        return sitting.everyonePresent();
    }

    private static long id(LiveEvent moved) {
        return assertInstanceOf(LiveEvent.MotionMoved.class, moved).motion();
    }

    /** Seconds, then {@code yes} members vote for and the rest against. */
    private Tally vote(LiveMeeting meeting, long motion, int yes) {
        meeting.second(motion, 9, now());
        meeting.openVote(motion, false, now());
        for (long m = 1; m <= 9; m++) {
            meeting.castBallot(m, m <= yes ? Choice.YES : Choice.NO, "b" + motion + "-" + m, now());
        }
        return assertInstanceOf(LiveEvent.VoteClosed.class, meeting.closeVote(now())).tally();
    }

    @Test
    void aTabledMotionWaitsWithItsAmendmentUntilLiftedFromTheTable() {
        LiveMeeting meeting = meeting();
        long main = id(meeting.move(1, "That the tender be awarded.", null, null, now()));
        long amendment = id(meeting.move(2, "Add: for one year", main, null, now()));
        long table = id(meeting.moveToTable(3, main, now()));
        assertTrue(vote(meeting, table, 5).carried());
        assertEquals(MotionStatus.TABLED, meeting.motion(main).status());
        assertEquals(MotionStatus.TABLED, meeting.motion(amendment).status(), "what is pending goes with it");
        assertThrows(RuleViolation.class, () -> meeting.openVote(main, false, now()));
        long lift = id(meeting.moveToLiftFromTable(4, main, now()));
        assertTrue(vote(meeting, lift, 5).carried());
        assertEquals(MotionStatus.PENDING, meeting.motion(main).status());
        assertEquals(MotionStatus.PENDING, meeting.motion(amendment).status());
        assertThrows(RuleViolation.class, () -> meeting.moveToLiftFromTable(4, main, now()), "not on the table");
    }

    @Test
    void thePreviousQuestionNeedsTwoThirdsAndThenNothingMoreIsMovedOnTheMotion() {
        LiveMeeting meeting = meeting();
        long main = id(meeting.move(1, "That the tender be awarded.", null, null, now()));
        meeting.second(main, 8, now());
        long question = id(meeting.movePreviousQuestion(2, main, now()));
        assertEquals(VoteRule.TWO_THIRDS_OF_PRESENT, meeting.motion(question).rule());
        assertFalse(vote(meeting, question, 5).carried(), "5 of 9 is not two-thirds: debate goes on");
        meeting.move(3, "Add: for one year", main, null, now());
        long again = id(meeting.movePreviousQuestion(4, main, now()));
        RuleViolation first = assertThrows(RuleViolation.class, () -> meeting.openVote(main, false, now()));
        assertTrue(first.getMessage().contains("[" + again + ", "), first.getMessage());
        assertTrue(vote(meeting, again, 6).carried(), "6 of 9");
        RuleViolation closed = assertThrows(RuleViolation.class,
                () -> meeting.move(5, "Add: in 2028", main, null, now()));
        assertTrue(closed.getMessage().contains("previous question"), closed.getMessage());
        assertThrows(RuleViolation.class, () -> meeting.moveDeferral(5, main, "May", now()));
    }

    @Test
    void aPointOfOrderIsRuledOnByTheChairAndARulingAppealedIsDecidedByCouncilATieOverturnsIt() {
        LiveMeeting meeting = meeting();
        assertThrows(RuleViolation.class, () -> meeting.ruleOnPointOfOrder(true, "x", now()), "nothing to rule on");
        meeting.raisePointOfOrder(4, "The speaker is not on the item before council.", now());
        assertThrows(RuleViolation.class, () -> meeting.raisePointOfOrder(5, "Another", now()), "one at a time");
        assertThrows(RuleViolation.class, () -> meeting.appealRuling(4, now()), "no ruling yet");
        meeting.ruleOnPointOfOrder(false, "The remarks concern the tender.", now());
        assertNull(meeting.pointOfOrder());
        assertTrue(meeting.rulingAppealable());
        long appeal = id(meeting.appealRuling(4, now()));
        assertEquals(MotionKind.APPEAL, meeting.motion(appeal).kind());
        assertFalse(meeting.rulingAppealable(), "appealed once");
        meeting.second(appeal, 9, now());
        meeting.openVote(appeal, false, now());
        for (long m = 1; m <= 8; m++) {
            meeting.castBallot(m, m <= 4 ? Choice.YES : Choice.NO, "a" + m, now());
        }
        meeting.castBallot(9, Choice.NO, "a9", now());
        Tally tally = assertInstanceOf(LiveEvent.VoteClosed.class, meeting.closeVote(now())).tally();
        assertFalse(tally.carried(), "4 to 5: the ruling is not sustained");
        assertEquals(MotionStatus.LOST, meeting.motion(appeal).status());
    }

    @Test
    void aNoticeOfMotionIsRecordedNotDebated() {
        LiveMeeting meeting = meeting();
        LiveEvent.NoticeOfMotionGiven notice = assertInstanceOf(LiveEvent.NoticeOfMotionGiven.class,
                meeting.giveNoticeOfMotion(3, "That Council ban single-use plastics.", "April 14", now()));
        assertEquals("April 14", notice.forMeeting());
        assertTrue(meeting.motions().isEmpty(), "no motion is before the meeting");
        assertThrows(RuleViolation.class, () -> meeting.giveNoticeOfMotion(3, "x", " ", now()));
    }

    @Test
    void theAgendaIsAdoptedByMotionWhateverItemIsCurrentAndOnlyOnce() {
        LiveMeeting meeting = new LiveMeeting(MeetingRules.ontario(9), COUNCIL);
        COUNCIL.forEach(m -> meeting.recordAttendance(m, Presence.IN_PERSON, now()));
        meeting.callToOrder(now());
        long agenda = id(meeting.moveAgendaAdoption(1, now()));
        assertEquals("That the agenda be adopted as presented.", meeting.motion(agenda).text());
        assertThrows(RuleViolation.class, () -> meeting.moveAgendaAdoption(2, now()));
        assertTrue(vote(meeting, agenda, 9).carried(), "no item was taken up: the motion is about the meeting");
        assertThrows(RuleViolation.class, () -> meeting.moveAgendaAdoption(2, now()), "adopted already");
    }

    @Test
    void aWalkOnItemNeedsTwoThirdsSixOfNine() {
        LiveMeeting meeting = meeting();
        long walkOn = id(meeting.moveWalkOn(1, "Harbour dredging", now()));
        assertEquals("Harbour dredging", meeting.motion(walkOn).subject());
        assertEquals(VoteRule.TWO_THIRDS_OF_PRESENT, meeting.motion(walkOn).rule());
        assertFalse(vote(meeting, walkOn, 5).carried());
        long again = id(meeting.moveWalkOn(1, "Harbour dredging", now()));
        assertTrue(vote(meeting, again, 6).carried());
        assertThrows(RuleViolation.class, () -> meeting.moveWalkOn(1, " ", now()));
    }

    @Test
    void proceduralMotionsAreVotedInClosedSessionButAWalkOnIsNot() {
        LiveMeeting meeting = meeting();
        long resolution = id(meeting.moveClosedSession(1, java.util.List.of(ca.quorum.meeting.domain.ClosedReason
                .LAND), "land", now()));
        vote(meeting, resolution, 9);
        meeting.enterClosedSession(resolution, now());
        long direction = id(meeting.move(1, MotionKind.DIRECTION_TO_STAFF, "Counter-offer.", null, null, now()));
        long table = id(meeting.moveToTable(2, direction, now()));
        assertTrue(vote(meeting, table, 6).carried(), "tabling is procedural (s.239(6)(a))");
        long walkOn = id(meeting.moveWalkOn(3, "Another matter", now()));
        meeting.second(walkOn, 9, now());
        assertThrows(RuleViolation.class, () -> meeting.openVote(walkOn, false, now()));
    }

    @Test
    void theMainMotionIsRestatedAsAmendedOnlyOnceAnAmendmentCarried() {
        LiveMeeting meeting = meeting();
        long main = id(meeting.move(1, "That the tender be awarded.", null, null, now()));
        RuleViolation none = assertThrows(RuleViolation.class,
                () -> meeting.restateAsAmended(main, "That the tender be awarded for one year.", now()));
        assertTrue(none.getMessage().contains("stands as moved"), none.getMessage());
        long amendment = id(meeting.move(2, "Add: for one year", main, null, now()));
        assertTrue(vote(meeting, amendment, 6).carried());
        meeting.restateAsAmended(main, "That the tender be awarded for one year.", now());
        assertEquals("That the tender be awarded for one year.", meeting.motion(main).asAmended());
        assertEquals("That the tender be awarded.", meeting.motion(main).text(), "the motion as moved stays");
    }

    @Test
    void aMemberWhoDeclaredAnInterestInTheCurrentItemStillVotesOnMotionsAboutTheMeeting() {
        LiveMeeting meeting = meeting();
        meeting.declareInterest(9, Sitting.ITEM, "owns a salt supplier", now());
        long walkOn = id(meeting.moveWalkOn(9, "Harbour dredging", now()));
        meeting.second(walkOn, 8, now());
        meeting.openVote(walkOn, false, now());
        meeting.castBallot(9, Choice.YES, "nine", now());
        assertEquals(9, meeting.eligibleVoters(meeting.motion(walkOn)).size(), "the walk-on is not about item 61");
    }
}
