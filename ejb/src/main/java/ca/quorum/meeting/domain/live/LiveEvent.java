package ca.quorum.meeting.domain.live;

import java.time.Instant;
import java.util.List;

import ca.quorum.meeting.domain.ClosedReason;

/**
 * One entry of a meeting's log, with the server's time. The log is only ever appended to. Fields added after logs
 * were first stored are nullable: an older entry reads with them null and means what it meant then.
 */
public sealed interface LiveEvent {

    Instant at();

    /** The event's name in the log and its JSON export. */
    default String type() {
        return getClass().getSimpleName();
    }

    record CalledToOrder(Instant at) implements LiveEvent {
    }

    record AttendanceChanged(Instant at, long member, Presence presence) implements LiveEvent {
    }

    record ItemStarted(Instant at, long item, String number, String title) implements LiveEvent {
    }

    record InterestDeclared(Instant at, long member, long item, String nature) implements LiveEvent {
    }

    /**
     * A motion moved.
     *
     * @param amends  the motion it acts on (amended, reconsidered, deferred or referred), or null
     * @param kind    what it is (null in older logs: see {@link MotionKind#of})
     * @param reasons for a closed-session resolution, the s.239 clauses it cites
     * @param covers  for the consent agenda's motion, the items it adopts
     * @param subject for a walk-on motion, the title of the item to add
     */
    record MotionMoved(Instant at, long motion, long item, String text, long mover, Long amends,
            VoteRule rule, boolean reconsiders, MotionKind kind, List<ClosedReason> reasons, List<Long> covers,
            String subject) implements LiveEvent {

        public MotionMoved(Instant at, long motion, long item, String text, long mover, Long amends, VoteRule rule,
                boolean reconsiders) {
            this(at, motion, item, text, mover, amends, rule, reconsiders, null, null, null, null);
        }

        public MotionMoved(Instant at, long motion, long item, String text, long mover, Long amends, VoteRule rule,
                boolean reconsiders, MotionKind kind, List<ClosedReason> reasons) {
            this(at, motion, item, text, mover, amends, rule, reconsiders, kind, reasons, null, null);
        }

        public MotionMoved(Instant at, long motion, long item, String text, long mover, Long amends, VoteRule rule,
                boolean reconsiders, MotionKind kind, List<ClosedReason> reasons, List<Long> covers) {
            this(at, motion, item, text, mover, amends, rule, reconsiders, kind, reasons, covers, null);
        }

        public MotionKind motionKind() {
            return MotionKind.of(kind, amends, reconsiders);
        }
    }

    record MotionSeconded(Instant at, long motion, long seconder) implements LiveEvent {
    }

    record MotionDisposed(Instant at, long motion, Disposition disposition) implements LiveEvent {
    }

    /** A member raises a point of order; the chair rules on it. */
    record PointOfOrderRaised(Instant at, long member, String point) implements LiveEvent {
    }

    /** The chair's ruling on the point of order last raised: well taken or not, in the chair's words. */
    record ChairRuled(Instant at, boolean wellTaken, String ruling) implements LiveEvent {
    }

    /** A member gives notice of a motion to be moved at a later meeting; it is recorded, not debated. */
    record NoticeOfMotionGiven(Instant at, long member, String text, String forMeeting) implements LiveEvent {
    }

    /** The clerk restates a main motion as its carried amendments changed it, before it is put to the vote. */
    record MotionRestated(Instant at, long motion, String text) implements LiveEvent {
    }

    /** A member asks that an item be lifted from the consent agenda, to be dealt with on its own. */
    record ConsentItemLifted(Instant at, long member, long item) implements LiveEvent {
    }

    /** A member asks for a recorded vote on a motion, before its vote or right after it (s.246(1)). */
    record RecordedVoteRequested(Instant at, long member, long motion) implements LiveEvent {
    }

    record VoteOpened(Instant at, long vote, long motion, boolean recorded) implements LiveEvent {
    }

    record BallotCast(Instant at, long vote, long member, Choice choice, String ballotId) implements LiveEvent {
    }

    /**
     * A vote decided.
     *
     * @param deemed the members present and qualified who did not vote and are deemed against (s.246(2)); null in
     *               older logs
     */
    record VoteClosed(Instant at, long vote, Tally tally, List<Long> deemed) implements LiveEvent {

        public VoteClosed(Instant at, long vote, Tally tally) {
            this(at, vote, tally, null);
        }
    }

    /** A carried motion's resolution number, assigned in sequence per body and year (e.g. C-2027-045). */
    record ResolutionNumbered(Instant at, long motion, String number) implements LiveEvent {
    }

    /** The chair closed a vote after quorum was lost: the vote is not decided and the motion stays before council. */
    record VoteLapsed(Instant at, long vote, int counted, int needed) implements LiveEvent {
    }

    /**
     * The meeting went into closed session.
     *
     * @param reason     the (first) s.239 clause
     * @param resolution the carried resolution that closed it (s.239(4)); null in older logs
     * @param reasons    every clause the resolution cites; null in older logs
     */
    record ClosedSessionEntered(Instant at, ClosedReason reason, Long resolution, List<ClosedReason> reasons)
            implements LiveEvent {

        public ClosedSessionEntered(Instant at, ClosedReason reason) {
            this(at, reason, null, null);
        }

        public List<ClosedReason> clauses() {
            return reasons == null || reasons.isEmpty() ? List.of(reason) : reasons;
        }
    }

    record ClosedSessionLeft(Instant at) implements LiveEvent {
    }

    record Recessed(Instant at) implements LiveEvent {
    }

    record Resumed(Instant at) implements LiveEvent {
    }

    record Adjourned(Instant at) implements LiveEvent {
    }

    /** The meeting was closed without quorum: it never began; the members present are those then recorded. */
    record ClosedWithoutQuorum(Instant at, List<Long> present, int needed) implements LiveEvent {
    }

    /** How a motion left the floor without a vote (older logs also hold deferrals and referrals made this way). */
    enum Disposition {
        WITHDRAWN, DEFERRED, REFERRED
    }
}
