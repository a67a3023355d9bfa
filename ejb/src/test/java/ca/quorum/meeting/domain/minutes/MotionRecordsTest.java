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
import ca.quorum.meeting.domain.live.LiveEvent;
import ca.quorum.meeting.domain.live.LiveEvent.Disposition;
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
    void motionsInClosedSessionOnClosedItemsOrAmendingClosedMotionsAreClosed() {
        List<LiveEvent> log = new ArrayList<>();
        log.add(moved(1, CLOSED, 1, null)); // on a closed item, in open session
        log.add(new LiveEvent.ClosedSessionEntered(T, ClosedReason.values()[0]));
        log.add(moved(2, OPEN, 2, null)); // an open item, but moved in closed session
        log.add(new LiveEvent.ClosedSessionLeft(T));
        log.add(moved(3, OPEN, 3, 2L)); // amends a closed motion
        log.add(moved(4, OPEN, 3, null)); // back in open session
        Map<Long, MotionRecord> motions = byId(log);

        assertTrue(motions.get(1L).closed());
        assertTrue(motions.get(2L).closed());
        assertTrue(motions.get(3L).closed());
        assertFalse(motions.get(4L).closed());
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
