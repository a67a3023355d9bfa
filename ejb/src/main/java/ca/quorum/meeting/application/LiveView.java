package ca.quorum.meeting.application;

import java.util.List;

/**
 * A live meeting as consoles, tablets, the chamber display and the public page show it. Ballots are named only for
 * recorded votes, and only once the vote is closed.
 */
public record LiveView(long meetingId, String title, String status, String closedSession, String currentItem,
        Long currentItemId, Quorum quorum, List<Attendee> attendees, List<MotionView> motions, VoteView openVote,
        VoteView lastResult, int logLength, List<Long> closedSessionResolutions, String pointOfOrder,
        boolean rulingAppealable, List<Long> liftedFromConsent) implements java.io.Serializable {

    /** Whether some member casts more than one vote (weighted votes). */
    public boolean weighted() {
        return attendees.stream().anyMatch(a -> a.votes() > 1);
    }

    public record Quorum(int counted, int needed, boolean met) implements java.io.Serializable {
    }

    /**
     * A member; {@code since} is when they last arrived or left (none: not yet recorded); {@code votes} how many votes
     * they cast (more than one only on a body with weighted votes).
     */
    public record Attendee(long member, String name, String presence, boolean declared, java.time.Instant since,
            int votes) implements java.io.Serializable {
    }

    /**
     * A motion; {@code kind} is a {@link ca.quorum.meeting.domain.live.MotionKind}; {@code resolution} its number
     * once carried (C-2027-045).
     */
    public record MotionView(long id, String text, String mover, String seconder, Long amends, String rule,
            String status, String kind, String resolution) implements java.io.Serializable {
    }

    /**
     * A vote: {@code needed} is how many votes for carry it ("6 of 9 needed"); {@code quorumLost} when it was closed
     * without quorum and not decided; names only on a recorded vote, with those deemed against (s.246(2)).
     */
    public record VoteView(long id, long motion, String motionText, boolean recorded, boolean open, int voted,
            int eligible, int needed, Integer yes, Integer no, Integer deemedNo, Boolean carried, boolean quorumLost,
            List<String> yesNames, List<String> noNames, List<String> deemedNames) implements java.io.Serializable {
    }
}
