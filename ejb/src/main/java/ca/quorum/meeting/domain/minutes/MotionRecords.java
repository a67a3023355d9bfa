package ca.quorum.meeting.domain.minutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.quorum.meeting.domain.live.ClosedMatters;
import ca.quorum.meeting.domain.live.LiveEvent;
import ca.quorum.meeting.domain.live.MotionKind;
import ca.quorum.meeting.domain.live.Tally;

/**
 * The motions of a meeting's log, each with its mover, seconder, every vote taken on it and its result, as the record
 * states them (what search indexes and open data exports). Which motions are closed is decided by
 * {@link ClosedMatters}: moved or voted in closed session, or acting on a closed motion.
 */
public final class MotionRecords {

    /** How a motion ended. */
    public enum Result {
        CARRIED, LOST, WITHDRAWN, DEFERRED, REFERRED, FELL, TABLED, NOT_DECIDED
    }

    /** One vote on a motion: its count, or none when it lapsed for want of quorum. */
    public record VoteRecord(Instant closedAt, Tally tally, boolean recorded, boolean lapsed) {
    }

    /**
     * One motion.
     *
     * @param item   the agenda item it was moved on, or null when the log names an item the agenda does not have
     * @param amends the motion it acts on (amends, reconsiders, defers or refers), or null
     * @param votes      every vote taken on it, in order (a reconsidered motion has more than one)
     * @param resolution its resolution number, or null
     * @param asAmended  the wording as carried amendments changed it, when the clerk restated it, or null
     */
    public record MotionRecord(long id, Instant movedAt, MinutesSubject.Item item, MotionKind kind, String text,
            String mover, String seconder, Long amends, Result result, List<VoteRecord> votes, boolean closed,
            String resolution, String asAmended) {

        /** The count of the vote that decided it, or null. */
        public Tally tally() {
            return votes.stream().filter(v -> v.tally() != null).reduce((a, b) -> b).map(VoteRecord::tally)
                    .orElse(null);
        }
    }

    private MotionRecords() {
    }

    /**
     * @param members the names of the members, by id
     * @param items   the agenda items, by id
     */
    public static List<MotionRecord> of(List<LiveEvent> log, Map<Long, String> members,
            Map<Long, MinutesSubject.Item> items) {
        ClosedMatters closed = ClosedMatters.of(log);
        Map<Long, LiveEvent.MotionMoved> moved = new LinkedHashMap<>();
        Map<Long, Long> seconders = new HashMap<>();
        Map<Long, Long> voteMotion = new HashMap<>();
        Map<Long, Boolean> voteRecorded = new HashMap<>();
        Map<Long, List<VoteRecord>> votes = new HashMap<>();
        Map<Long, Result> results = new HashMap<>();
        Map<Long, String> resolutions = new HashMap<>();
        Map<Long, String> restated = new HashMap<>();
        for (LiveEvent event : log) {
            switch (event) {
                case LiveEvent.MotionMoved e -> moved.put(e.motion(), e);
                case LiveEvent.MotionSeconded e -> seconders.put(e.motion(), e.seconder());
                case LiveEvent.ResolutionNumbered e -> resolutions.put(e.motion(), e.number());
                case LiveEvent.MotionRestated e -> restated.put(e.motion(), e.text());
                case LiveEvent.MotionDisposed e -> {
                    results.put(e.motion(), Result.valueOf(e.disposition().name()));
                    fall(moved, results, e.motion());
                }
                case LiveEvent.RecordedVoteRequested e -> {
                    if (results.containsKey(e.motion())) { // right after the vote: it is taken again
                        results.remove(e.motion());
                    }
                }
                case LiveEvent.VoteOpened e -> {
                    voteMotion.put(e.vote(), e.motion());
                    voteRecorded.put(e.vote(), e.recorded());
                }
                case LiveEvent.VoteClosed e -> {
                    Long motion = voteMotion.get(e.vote());
                    if (motion != null) {
                        votes.computeIfAbsent(motion, k -> new ArrayList<>())
                                .add(new VoteRecord(e.at(), e.tally(), voteRecorded.get(e.vote()), false));
                        results.put(motion, e.tally().carried() ? Result.CARRIED : Result.LOST);
                        decided(moved, results, motion, e.tally().carried());
                    }
                }
                case LiveEvent.VoteLapsed e -> {
                    Long motion = voteMotion.get(e.vote());
                    if (motion != null) {
                        votes.computeIfAbsent(motion, k -> new ArrayList<>())
                                .add(new VoteRecord(e.at(), null, voteRecorded.get(e.vote()), true));
                    }
                }
                default -> {
                    // attendance, items, declarations, ballots, sessions, recesses: not part of a motion's record
                }
            }
        }
        List<MotionRecord> out = new ArrayList<>();
        for (LiveEvent.MotionMoved e : moved.values()) {
            Long seconder = seconders.get(e.motion());
            out.add(new MotionRecord(e.motion(), e.at(), items.get(e.item()), e.motionKind(), e.text(),
                    name(members, e.mover()), seconder == null ? null : name(members, seconder), e.amends(),
                    results.getOrDefault(e.motion(), Result.NOT_DECIDED),
                    List.copyOf(votes.getOrDefault(e.motion(), List.of())), closed.motionClosed(e.motion()),
                    resolutions.get(e.motion()), restated.get(e.motion())));
        }
        return out;
    }

    private static void decided(Map<Long, LiveEvent.MotionMoved> moved, Map<Long, Result> results, long motion,
            boolean carried) {
        LiveEvent.MotionMoved e = moved.get(motion);
        if (!carried || e == null) {
            return;
        }
        switch (e.motionKind()) {
            case RECONSIDERATION -> results.remove(e.amends());
            case DEFERRAL -> {
                results.put(e.amends(), Result.DEFERRED);
                fall(moved, results, e.amends());
            }
            case REFERRAL -> {
                results.put(e.amends(), Result.REFERRED);
                fall(moved, results, e.amends());
            }
            case TABLE -> results.put(e.amends(), Result.TABLED);
            case LIFT_FROM_TABLE -> results.remove(e.amends());
            default -> {
                // nothing else changes
            }
        }
    }

    /** Motions still undecided that acted on one that left the floor fall with it. */
    private static void fall(Map<Long, LiveEvent.MotionMoved> moved, Map<Long, Result> results, long gone) {
        List<Long> family = new ArrayList<>(List.of(gone));
        for (LiveEvent.MotionMoved m : moved.values()) {
            if (m.amends() != null && m.motionKind().actsOnPendingMotion() && family.contains(m.amends())) {
                family.add(m.motion());
                results.putIfAbsent(m.motion(), Result.FELL);
            }
        }
    }

    private static String name(Map<Long, String> members, long id) {
        return members.getOrDefault(id, "Member " + id);
    }
}
