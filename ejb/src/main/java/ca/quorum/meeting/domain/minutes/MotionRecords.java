package ca.quorum.meeting.domain.minutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.quorum.meeting.domain.live.LiveEvent;
import ca.quorum.meeting.domain.live.Tally;

/**
 * The motions of a meeting's log, each with its mover, seconder and result, as the record states them (what search
 * indexes). A motion moved in closed session, or on a closed agenda item, is marked closed: it belongs to the
 * closed-session record only.
 */
public final class MotionRecords {

    /** How a motion ended. */
    public enum Result {
        CARRIED, LOST, WITHDRAWN, DEFERRED, REFERRED, NOT_DECIDED
    }

    /**
     * One motion.
     *
     * @param item   the agenda item it was moved on, or null when the log names an item the agenda does not have
     * @param tally  the count of its vote, or null when it was not put to a vote
     * @param amends the motion it amends, or null
     */
    public record MotionRecord(long id, Instant movedAt, MinutesSubject.Item item, String text, String mover,
            String seconder, Long amends, Result result, Tally tally, boolean closed) {
    }

    private MotionRecords() {
    }

    /**
     * @param members the names of the members, by id
     * @param items   the agenda items, by id
     */
    public static List<MotionRecord> of(List<LiveEvent> log, Map<Long, String> members,
            Map<Long, MinutesSubject.Item> items) {
        Map<Long, LiveEvent.MotionMoved> moved = new LinkedHashMap<>();
        Map<Long, Boolean> closed = new HashMap<>();
        Map<Long, Long> seconders = new HashMap<>();
        Map<Long, Long> voteMotion = new HashMap<>();
        Map<Long, Tally> tallies = new HashMap<>();
        Map<Long, Result> results = new HashMap<>();
        boolean inClosedSession = false;
        for (LiveEvent event : log) {
            switch (event) {
                case LiveEvent.ClosedSessionEntered e -> inClosedSession = true;
                case LiveEvent.ClosedSessionLeft e -> inClosedSession = false;
                case LiveEvent.Adjourned e -> inClosedSession = false;
                case LiveEvent.MotionMoved e -> {
                    moved.put(e.motion(), e);
                    MinutesSubject.Item item = items.get(e.item());
                    boolean amendsClosed = e.amends() != null && closed.getOrDefault(e.amends(), false);
                    closed.put(e.motion(), inClosedSession || amendsClosed || (item != null && item.closed()));
                }
                case LiveEvent.MotionSeconded e -> seconders.put(e.motion(), e.seconder());
                case LiveEvent.MotionDisposed e -> results.put(e.motion(), Result.valueOf(e.disposition().name()));
                case LiveEvent.VoteOpened e -> voteMotion.put(e.vote(), e.motion());
                case LiveEvent.VoteClosed e -> {
                    Long motion = voteMotion.get(e.vote());
                    if (motion != null) {
                        tallies.put(motion, e.tally());
                        results.put(motion, e.tally().carried() ? Result.CARRIED : Result.LOST);
                    }
                }
                default -> {
                    // attendance, items, declarations, ballots, recesses: not part of a motion's record
                }
            }
        }
        List<MotionRecord> out = new ArrayList<>();
        for (LiveEvent.MotionMoved e : moved.values()) {
            Long seconder = seconders.get(e.motion());
            out.add(new MotionRecord(e.motion(), e.at(), items.get(e.item()), e.text(), name(members, e.mover()),
                    seconder == null ? null : name(members, seconder), e.amends(),
                    results.getOrDefault(e.motion(), Result.NOT_DECIDED), tallies.get(e.motion()),
                    closed.get(e.motion())));
        }
        return out;
    }

    private static String name(Map<Long, String> members, long id) {
        return members.getOrDefault(id, "Member " + id);
    }
}
