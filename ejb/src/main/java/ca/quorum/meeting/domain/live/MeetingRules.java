package ca.quorum.meeting.domain.live;

/**
 * The procedure by-law's settings for a body's meetings.
 *
 * @param seats                      the whole number of members of the body (quorum and "majority of the whole
 *                                   council" are computed from it, s.237)
 * @param electronicCountsForQuorum  members attending electronically count toward quorum (s.238(3.1))
 * @param secondRequired             a motion needs a seconder before it can be voted on
 * @param silentCountsAsNo           a present member who does not vote is deemed to vote no (s.246(2))
 * @param changeAllowed              a member may change a ballot until the chair closes the vote
 * @param reconsideration            the rule a motion to reconsider must meet
 */
public record MeetingRules(int seats, boolean electronicCountsForQuorum, boolean secondRequired,
        boolean silentCountsAsNo, boolean changeAllowed, VoteRule reconsideration) implements java.io.Serializable {

    public MeetingRules {
        if (seats < 1) {
            throw new IllegalArgumentException("a body has at least one seat");
        }
    }

    /** Ontario's usual settings: remote members count, seconders required, silence is no, two-thirds to reconsider. */
    public static MeetingRules ontario(int seats) {
        return new MeetingRules(seats, true, true, true, true, VoteRule.TWO_THIRDS_OF_PRESENT);
    }

    /** A majority of the whole number of members (s.237). */
    public int quorum() {
        return seats / 2 + 1;
    }
}
