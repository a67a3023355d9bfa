package ca.quorum.meeting.domain.live;

import java.time.Instant;

import ca.quorum.meeting.domain.ClosedReason;

/** One entry of a meeting's log, with the server's time. The log is only ever appended to. */
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

    record MotionMoved(Instant at, long motion, long item, String text, long mover, Long amends,
            VoteRule rule, boolean reconsiders) implements LiveEvent {
    }

    record MotionSeconded(Instant at, long motion, long seconder) implements LiveEvent {
    }

    record MotionDisposed(Instant at, long motion, Disposition disposition) implements LiveEvent {
    }

    record VoteOpened(Instant at, long vote, long motion, boolean recorded) implements LiveEvent {
    }

    record BallotCast(Instant at, long vote, long member, Choice choice, String ballotId) implements LiveEvent {
    }

    record VoteClosed(Instant at, long vote, Tally tally) implements LiveEvent {
    }

    record ClosedSessionEntered(Instant at, ClosedReason reason) implements LiveEvent {
    }

    record ClosedSessionLeft(Instant at) implements LiveEvent {
    }

    record Recessed(Instant at) implements LiveEvent {
    }

    record Resumed(Instant at) implements LiveEvent {
    }

    record Adjourned(Instant at) implements LiveEvent {
    }

    /** How a motion left the floor without a vote. */
    enum Disposition {
        WITHDRAWN, DEFERRED, REFERRED
    }
}
