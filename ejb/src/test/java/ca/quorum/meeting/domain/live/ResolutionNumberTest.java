package ca.quorum.meeting.domain.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.shared.domain.RuleViolation;

/** Resolution numbers: which carried motions take one, and how the municipality's pattern writes it. */
class ResolutionNumberTest {

    private final Sitting sitting = new Sitting();

    private Instant now() {
        return sitting.now();
    }

    private LiveMeeting meeting() {
        return sitting.everyonePresent();
    }

    private void carry(LiveMeeting meeting, long motion) {
        meeting.openVote(motion, false, now());
        for (long m : meeting.eligibleVoters(meeting.motion(motion))) {
            meeting.castBallot(m, Choice.YES, "b" + motion + "-" + m, now());
        }
        meeting.closeVote(now());
    }

    @Test
    void theUsualPatternWritesC2027045() {
        assertEquals("C-2027-045", ResolutionPattern.USUAL.number("C", 2027, 45));
        assertEquals("C-2027-1045", ResolutionPattern.USUAL.number("C", 2027, 1045));
        assertEquals("2027-PDC-007", new ResolutionPattern("{year}-{prefix}-{seq}").number("PDC", 2027, 7));
        assertThrows(RuleViolation.class, () -> new ResolutionPattern("{prefix}-{year}"), "no {seq}");
        assertEquals("C", ResolutionPattern.prefixOf("Council", true));
        assertEquals("PDC", ResolutionPattern.prefixOf("Planning and Development Committee", false));
    }

    @Test
    void aCarriedMainMotionTakesANumberOnceAndAmendmentsAndClosedDirectionsTakeNone() {
        LiveMeeting meeting = meeting();
        long main = ((LiveEvent.MotionMoved) meeting.move(1, "That the tender be awarded.", null, null, now()))
                .motion();
        meeting.second(main, 2, now());
        long amendment = ((LiveEvent.MotionMoved) meeting.move(3, "Add: for one year", main, null, now())).motion();
        meeting.second(amendment, 4, now());
        assertFalse(meeting.motion(main).takesResolutionNumber(), "not yet carried");
        carry(meeting, amendment);
        assertFalse(meeting.motion(amendment).takesResolutionNumber(), "part of the motion it amends");
        carry(meeting, main);
        assertTrue(meeting.motion(main).takesResolutionNumber());
        meeting.numberResolution(main, "C-2027-045", now());
        assertEquals("C-2027-045", meeting.motion(main).resolution());
        assertFalse(meeting.motion(main).takesResolutionNumber(), "numbered once");
        assertThrows(RuleViolation.class, () -> meeting.numberResolution(main, "C-2027-046", now()));
        meeting.requestRecordedVote(5, main, now());
        assertEquals("C-2027-045", meeting.motion(main).resolution(),
                "a number given stays (asking for a recorded vote right after the number is still in time)");

        LiveMeeting closed = meeting();
        long resolution = ((LiveEvent.MotionMoved) closed.moveClosedSession(1, List.of(ClosedReason.LAND), "land",
                now())).motion();
        closed.second(resolution, 2, now());
        carry(closed, resolution);
        assertTrue(closed.motion(resolution).takesResolutionNumber(), "the resolution to go in camera is public");
        closed.enterClosedSession(resolution, now());
        long direction = ((LiveEvent.MotionMoved) closed.move(3, MotionKind.DIRECTION_TO_STAFF, "Counter-offer.",
                null, null, now())).motion();
        closed.second(direction, 4, now());
        carry(closed, direction);
        assertFalse(closed.motion(direction).takesResolutionNumber(), "a closed direction stays in the closed record");
    }
}
