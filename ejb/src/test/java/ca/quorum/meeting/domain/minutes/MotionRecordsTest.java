package ca.quorum.meeting.domain.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.meeting.domain.live.LiveEvent.Disposition;
import ca.quorum.meeting.domain.live.LiveEvent;
import ca.quorum.meeting.domain.live.MotionKind;
import ca.quorum.meeting.domain.live.Tally;
import ca.quorum.meeting.domain.live.VoteRule;
import ca.quorum.meeting.domain.minutes.MotionRecords.MotionRecord;
import ca.quorum.meeting.domain.minutes.MotionRecords.Result;

class MotionRecordsTest {

    private static final Instant T = Instant.parse("2027-03-16T23:00:00Z");
    private static final long OPEN = 10;
    private static final long CLOSED = 20;
    private static final Map<Long, String> MEMBERS = Map.of(1L, "Mayor Whitfield", 2L, "Councillor Chen",
            3L, "Councillor Haddad");
    private static final Map<Long, MinutesSubject.Item> ITEMS = Map.of(
            OPEN, new MinutesSubject.Item("6.1", "Road salt tender", "Road salt tender", false),
            CLOSED, new MinutesSubject.Item("11.1", "Proposed disposition of land", "Offer for 22 Lakeshore Road",
                    true));

    private static LiveEvent moved(long motion, long item, long mover, Long amends) {
        return new LiveEvent.MotionMoved(T.plusSeconds(motion), motion, item, "Motion " + motion, mover, amends,
                VoteRule.MAJORITY_OF_VOTES_CAST, false);
    }

    private static Map<Long, MotionRecord> byId(List<LiveEvent> log) {
        Map<Long, MotionRecord> out = new java.util.LinkedHashMap<>();
        MotionRecords.of(log, MEMBERS, ITEMS).forEach(m -> out.put(m.id(), m));
        return out;
    }

    @Test
    void carriedLostTiedAndDisposedMotionsKeepTheirResultsInOrder() {
        List<LiveEvent> log = new ArrayList<>();
        log.add(moved(1, OPEN, 2, null));
        log.add(new LiveEvent.MotionSeconded(T, 1, 3));
        log.add(new LiveEvent.VoteOpened(T, 100, 1, true));
        log.add(new LiveEvent.VoteClosed(T, 100, new Tally(5, 3, 1, 9, true)));
        log.add(moved(2, OPEN, 3, null));
        log.add(new LiveEvent.VoteOpened(T, 101, 2, false));
        log.add(new LiveEvent.VoteClosed(T, 101, new Tally(4, 4, 0, 8, false))); // a tie is lost
        log.add(moved(3, OPEN, 1, null));
        log.add(new LiveEvent.MotionDisposed(T, 3, Disposition.DEFERRED));
        log.add(moved(4, OPEN, 1, null));
        Map<Long, MotionRecord> motions = byId(log);

        assertEquals(List.of(1L, 2L, 3L, 4L), List.copyOf(motions.keySet()));
        MotionRecord first = motions.get(1L);
        assertEquals(Result.CARRIED, first.result());
        assertEquals("Councillor Chen", first.mover());
        assertEquals("Councillor Haddad", first.seconder());
        assertEquals(5, first.tally().yes());
        assertEquals(4, first.tally().against());
        assertEquals("6.1", first.item().number());
        assertEquals(Result.LOST, motions.get(2L).result());
        assertNull(motions.get(2L).seconder());
        assertEquals(Result.DEFERRED, motions.get(3L).result());
        assertNull(motions.get(3L).tally());
        assertEquals(Result.NOT_DECIDED, motions.get(4L).result());
        assertFalse(motions.values().stream().anyMatch(MotionRecord::closed));
    }

    @Test
    void closedNessFollowsTheSessionNotTheItem() {
        List<LiveEvent> log = new ArrayList<>();
        log.add(moved(1, CLOSED, 1, null)); // on a closed item, but moved and never voted in closed session
        log.add(new LiveEvent.ClosedSessionEntered(T, ClosedReason.values()[0]));
        log.add(moved(2, OPEN, 2, null)); // an open item, but moved in closed session
        log.add(new LiveEvent.ClosedSessionLeft(T));
        log.add(moved(3, OPEN, 3, 2L)); // amends a closed motion
        log.add(moved(4, OPEN, 3, null)); // back in open session
        log.add(moved(5, OPEN, 3, null)); // moved in open session, voted in closed session
        log.add(new LiveEvent.ClosedSessionEntered(T, ClosedReason.values()[0]));
        log.add(new LiveEvent.VoteOpened(T, 1, 5, false));
        log.add(new LiveEvent.VoteClosed(T, 1, new Tally(5, 0, 0, 5, true)));
        log.add(new LiveEvent.ClosedSessionLeft(T));
        Map<Long, MotionRecord> motions = byId(log);

        assertFalse(motions.get(1L).closed(), "rise and report: voted in open session, public");
        assertTrue(motions.get(2L).closed());
        assertTrue(motions.get(3L).closed());
        assertFalse(motions.get(4L).closed());
        assertTrue(motions.get(5L).closed(), "voted in closed session");
    }

    @Test
    void aReconsideredMotionKeepsEveryVoteLost4to5ReconsideredCarried6to3() {
        List<LiveEvent> log = new ArrayList<>();
        log.add(moved(1, OPEN, 2, null));
        log.add(new LiveEvent.VoteOpened(T, 1, 1, false));
        log.add(new LiveEvent.VoteClosed(T, 1, new Tally(4, 5, 0, 9, false)));
        log.add(new LiveEvent.MotionMoved(T, 2, OPEN, "That motion 1 be reconsidered.", 3, 1L,
                VoteRule.TWO_THIRDS_OF_PRESENT, true, MotionKind.RECONSIDERATION, null));
        log.add(new LiveEvent.VoteOpened(T, 2, 2, false));
        log.add(new LiveEvent.VoteClosed(T, 2, new Tally(6, 3, 0, 9, true)));
        log.add(new LiveEvent.VoteOpened(T, 3, 1, false));
        log.add(new LiveEvent.VoteClosed(T, 3, new Tally(6, 3, 0, 9, true)));
        Map<Long, MotionRecord> motions = byId(log);

        MotionRecord first = motions.get(1L);
        assertEquals(Result.CARRIED, first.result());
        assertEquals(List.of(false, true), first.votes().stream().map(v -> v.tally().carried()).toList(),
                "the first vote stays in the record");
        assertEquals(4, first.votes().get(0).tally().yes());
        assertEquals(6, first.tally().yes(), "the deciding vote is the last");
        MotionRecord reconsideration = motions.get(2L);
        assertEquals(MotionKind.RECONSIDERATION, reconsideration.kind());
        assertEquals(1L, reconsideration.amends());
        assertEquals(Result.CARRIED, reconsideration.result());
    }

    @Test
    void aDeferralCarriedDefersTheMainMotionAndItsPendingAmendmentFalls() {
        List<LiveEvent> log = new ArrayList<>();
        log.add(moved(1, OPEN, 2, null));
        log.add(moved(2, OPEN, 3, 1L));
        log.add(new LiveEvent.MotionMoved(T, 3, OPEN, "That motion 1 be deferred to April 14.", 1, 1L,
                VoteRule.MAJORITY_OF_VOTES_CAST, false, MotionKind.DEFERRAL, null));
        log.add(new LiveEvent.VoteOpened(T, 1, 3, false));
        log.add(new LiveEvent.VoteClosed(T, 1, new Tally(6, 3, 0, 9, true)));
        Map<Long, MotionRecord> motions = byId(log);
        assertEquals(Result.DEFERRED, motions.get(1L).result());
        assertEquals(Result.FELL, motions.get(2L).result());
        assertEquals(Result.CARRIED, motions.get(3L).result());
    }

    @Test
    void aVoteLapsedForWantOfQuorumIsKeptAndLeavesTheMotionUndecided() {
        List<LiveEvent> log = new ArrayList<>();
        log.add(moved(1, OPEN, 2, null));
        log.add(new LiveEvent.VoteOpened(T, 1, 1, false));
        log.add(new LiveEvent.VoteLapsed(T, 1, 4, 5));
        MotionRecord motion = byId(log).get(1L);
        assertEquals(Result.NOT_DECIDED, motion.result());
        assertTrue(motion.votes().get(0).lapsed());
        assertNull(motion.tally());
    }

    @Test
    void aMotionOnAnItemTheAgendaDoesNotHaveOrByAnUnknownMemberIsStillRecorded() {
        MotionRecord motion = byId(List.of(moved(1, 999, 42, null))).get(1L);
        assertNull(motion.item());
        assertEquals("Member 42", motion.mover());
        assertFalse(motion.closed());
    }

    @Test
    void anEmptyLogHasNoMotions() {
        assertTrue(MotionRecords.of(List.of(), MEMBERS, ITEMS).isEmpty());
    }
}
