package ca.quorum.meeting.application;

import java.util.List;

/**
 * A live meeting as consoles, tablets, the chamber display and the public page show it. Ballots are named only for
 * recorded votes, and only once the vote is closed.
 */
public record LiveView(long meetingId, String title, String status, String closedSession, String currentItem,
        Long currentItemId, Quorum quorum, List<Attendee> attendees, List<MotionView> motions, VoteView openVote,
        VoteView lastResult, int logLength) implements java.io.Serializable {

    public record Quorum(int counted, int needed, boolean met) implements java.io.Serializable {
    }

    /** A member; {@code since} is when they last arrived or left (none: not yet recorded). */
    public record Attendee(long member, String name, String presence, boolean declared, java.time.Instant since)
            implements java.io.Serializable {
    }

    public record MotionView(long id, String text, String mover, String seconder, Long amends, String rule,
            String status) implements java.io.Serializable {
    }

    public record VoteView(long id, long motion, String motionText, boolean recorded, boolean open, int voted,
            int eligible, Integer yes, Integer no, Integer deemedNo, Boolean carried, List<String> yesNames,
            List<String> noNames) implements java.io.Serializable {
    }
}
