package ca.quorum.meeting.domain.live;

/**
 * What a motion needs to carry. In every rule a tie is lost (Municipal Act s.245), and when the by-law says so a
 * present member who does not vote counts against (s.246(2)).
 */
public enum VoteRule {
    /** More votes for than against. */
    MAJORITY_OF_VOTES_CAST,
    /** At least two-thirds of the eligible members present vote for: 6 of 9, 6 of 8, 4 of 6. */
    TWO_THIRDS_OF_PRESENT,
    /** A majority of the whole number of members, present or not: 5 of a council of 9. */
    MAJORITY_OF_WHOLE_COUNCIL,
    /** Every eligible member present votes for, and at least one does. */
    UNANIMOUS;

    /**
     * Decides a vote.
     *
     * @param yes        ballots for
     * @param no         ballots against
     * @param eligible   eligible members present when the vote closed, plus any who voted and left
     * @param seats      the whole number of members
     * @param silentIsNo present eligible members who did not vote count against
     */
    public Tally decide(int yes, int no, int eligible, int seats, boolean silentIsNo) {
        int silent = Math.max(0, eligible - yes - no);
        int deemedNo = silentIsNo ? silent : 0;
        int against = no + deemedNo;
        return switch (this) {
            case MAJORITY_OF_VOTES_CAST -> new Tally(yes, no, deemedNo, eligible, yes > against);
            case TWO_THIRDS_OF_PRESENT -> new Tally(yes, no, deemedNo, eligible,
                    yes > against && 3 * yes >= 2 * eligible);
            case MAJORITY_OF_WHOLE_COUNCIL -> new Tally(yes, no, deemedNo, seats,
                    yes > against && yes >= seats / 2 + 1);
            case UNANIMOUS -> new Tally(yes, no, deemedNo, eligible, yes > 0 && against == 0 && yes == eligible);
        };
    }

    /** The fewest votes for that can carry, for display ("6 of 9 needed"). */
    public int needed(int eligible, int seats) {
        return switch (this) {
            case MAJORITY_OF_VOTES_CAST -> eligible / 2 + 1;
            case TWO_THIRDS_OF_PRESENT -> (2 * eligible + 2) / 3;
            case MAJORITY_OF_WHOLE_COUNCIL -> seats / 2 + 1;
            case UNANIMOUS -> eligible;
        };
    }
}
