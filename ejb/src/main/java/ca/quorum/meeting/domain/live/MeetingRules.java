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
 * @param reconsiderationsPerMotion  how many times one motion may be reconsidered at one meeting (usually once)
 * @param weights                    members with more than one vote, and how many (county councils may give them by
 *                                   by-law, Municipal Act s.26 and the county's composition by-law); others have one
 * @param deemedQuorum               which reading of MCIA s.7(1) applies
 */
public record MeetingRules(int seats, boolean electronicCountsForQuorum, boolean secondRequired,
        boolean silentCountsAsNo, boolean changeAllowed, VoteRule reconsideration, int reconsiderationsPerMotion,
        java.util.Map<Long, Integer> weights, DeemedQuorum deemedQuorum) implements java.io.Serializable {

    public MeetingRules {
        if (seats < 1) {
            throw new IllegalArgumentException("a body has at least one seat");
        }
        if (reconsiderationsPerMotion < 1) {
            throw new IllegalArgumentException("a motion can be reconsidered at least once");
        }
        weights = weights == null ? java.util.Map.of() : java.util.Map.copyOf(weights);
        deemedQuorum = deemedQuorum == null ? DeemedQuorum.WHOLE_COUNCIL : deemedQuorum;
        if (weights.values().stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("a member has at least one vote");
        }
    }

    /** Settings where every member has one vote. */
    public MeetingRules(int seats, boolean electronicCountsForQuorum, boolean secondRequired, boolean silentCountsAsNo,
            boolean changeAllowed, VoteRule reconsideration, int reconsiderationsPerMotion) {
        this(seats, electronicCountsForQuorum, secondRequired, silentCountsAsNo, changeAllowed, reconsideration,
                reconsiderationsPerMotion, java.util.Map.of(), DeemedQuorum.WHOLE_COUNCIL);
    }

    /** Settings where a motion may be reconsidered once per meeting. */
    public MeetingRules(int seats, boolean electronicCountsForQuorum, boolean secondRequired, boolean silentCountsAsNo,
            boolean changeAllowed, VoteRule reconsideration) {
        this(seats, electronicCountsForQuorum, secondRequired, silentCountsAsNo, changeAllowed, reconsideration, 1);
    }

    /** Ontario's usual settings: remote members count, seconders required, silence is no, two-thirds to reconsider. */
    public static MeetingRules ontario(int seats) {
        return new MeetingRules(seats, true, true, true, true, VoteRule.TWO_THIRDS_OF_PRESENT);
    }

    /** How many votes a member casts: one unless the body's by-law gives more. */
    public int weight(long member) {
        return weights.getOrDefault(member, 1);
    }

    /** The votes of the whole council: the seats, each counted with its member's votes. */
    public int totalVotes() {
        return seats + weights.values().stream().mapToInt(w -> w - 1).sum();
    }

    /** Whether some member has more than one vote. */
    public boolean weighted() {
        return weights.values().stream().anyMatch(w -> w > 1);
    }

    /** What the previous question needs to carry: two-thirds of the members present (the usual procedure by-law). */
    public VoteRule previousQuestion() {
        return VoteRule.TWO_THIRDS_OF_PRESENT;
    }

    /** What adding an item not on the agenda needs: two-thirds of the members present (the usual procedure by-law). */
    public VoteRule walkOn() {
        return VoteRule.TWO_THIRDS_OF_PRESENT;
    }

    /** A majority of the whole number of members (s.237). */
    public int quorum() {
        return seats / 2 + 1;
    }
}
