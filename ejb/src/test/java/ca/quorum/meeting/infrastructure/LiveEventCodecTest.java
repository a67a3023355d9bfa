package ca.quorum.meeting.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.meeting.domain.live.LiveEvent;
import ca.quorum.meeting.domain.live.MotionKind;
import ca.quorum.meeting.domain.live.Tally;
import ca.quorum.meeting.domain.live.VoteRule;

/** Stored logs outlive the code that wrote them: entries written before a field existed still read. */
class LiveEventCodecTest {

    @Test
    void anEntryWrittenBeforeMotionKindsReadsAsWhatItMeantThen() {
        String older = "{\"amends\":1,\"at\":\"2026-11-27T00:10:00Z\",\"item\":2,\"motion\":3,\"mover\":4,"
                + "\"reconsiders\":true,\"rule\":\"TWO_THIRDS_OF_PRESENT\",\"text\":\"That motion 1 be reconsidered.\"}";
        LiveEvent.MotionMoved moved = (LiveEvent.MotionMoved) LiveEventCodec.read("MotionMoved", older);
        assertNull(moved.kind());
        assertEquals(MotionKind.RECONSIDERATION, moved.motionKind());
        assertEquals(1L, moved.amends());
        String amendment = older.replace("\"reconsiders\":true", "\"reconsiders\":false");
        assertEquals(MotionKind.AMENDMENT, ((LiveEvent.MotionMoved) LiveEventCodec.read("MotionMoved", amendment))
                .motionKind());
    }

    @Test
    void olderVoteAndClosedSessionEntriesReadWithTheirNewFieldsNull() {
        LiveEvent.VoteClosed closed = (LiveEvent.VoteClosed) LiveEventCodec.read("VoteClosed",
                "{\"at\":\"2026-11-27T00:10:00Z\",\"tally\":{\"base\":9,\"carried\":true,\"deemedNo\":0,\"no\":3,"
                        + "\"yes\":6},\"vote\":1}");
        assertNull(closed.deemed());
        assertEquals(6, closed.tally().yes());
        LiveEvent.ClosedSessionEntered entered = (LiveEvent.ClosedSessionEntered) LiveEventCodec.read(
                "ClosedSessionEntered", "{\"at\":\"2026-11-27T00:10:00Z\",\"reason\":\"LAND\"}");
        assertNull(entered.resolution());
        assertEquals(List.of(ClosedReason.LAND), entered.clauses());
    }

    @Test
    void newEntriesRoundTrip() {
        Instant at = Instant.parse("2027-03-16T23:00:00Z");
        List<LiveEvent> events = List.of(
                new LiveEvent.MotionMoved(at, 1, 2, "That council proceed into closed session.", 3, null,
                        VoteRule.MAJORITY_OF_VOTES_CAST, false, MotionKind.CLOSED_SESSION,
                        List.of(ClosedReason.LAND, ClosedReason.LITIGATION)),
                new LiveEvent.VoteClosed(at, 1, new Tally(5, 2, 2, 9, true), List.of(8L, 9L)),
                new LiveEvent.VoteLapsed(at, 2, 4, 5),
                new LiveEvent.RecordedVoteRequested(at, 7, 1),
                new LiveEvent.ClosedSessionEntered(at, ClosedReason.LAND, 1L, List.of(ClosedReason.LAND)),
                new LiveEvent.ClosedWithoutQuorum(at, List.of(1L, 2L), 5));
        for (LiveEvent event : events) {
            assertEquals(event, LiveEventCodec.read(event.type(), LiveEventCodec.write(event)));
        }
    }
}
