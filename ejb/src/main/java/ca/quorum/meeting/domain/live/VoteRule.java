package ca.quorum.meeting.domain.live;

/**
 * What a motion needs to carry. A tie is lost (Municipal Act s.245), and a present member who does not vote counts
 * against on a recorded vote (s.246(2)) and, when the by-law says so, on every vote. Where a body gives members more
 * than one vote (county councils, by by-law), every count here is of votes, not members: "the whole council" is the
 * total of the members' votes.
 */
public enum VoteRule {
    /** More votes for than against. */
    MAJORITY_OF_VOTES_CAST,
    /** At least two-thirds of the eligible members present vote for: 6 of 9, 6 of 8, 4 of 6. */
    TWO_THIRDS_OF_PRESENT,
    /** A majority of the whole number of members, present or not: 5 of a council of 9. */
    MAJORITY_OF_WHOLE_COUNCIL,
    /** Every eligible member present votes for, and at least one does. */
    UNANIMOUS,
    /**
     * More than one-third of all members, present or not: 4 of a council of 9, 4 of 10. A by-law the head of council
     * proposes under Part VI.1 (Municipal Act s.284.11.1(3)) passes so, the majority and tie rules set aside.
     */
    MORE_THAN_ONE_THIRD_OF_ALL_MEMBERS,
    /** Two-thirds of all members, present or not: 6 of 9, 7 of 10; overrides a veto under Part VI.1 (s.284.11). */
    TWO_THIRDS_OF_ALL_MEMBERS;

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
            case MORE_THAN_ONE_THIRD_OF_ALL_MEMBERS -> new Tally(yes, no, deemedNo, seats, 3 * yes > seats);
            case TWO_THIRDS_OF_ALL_MEMBERS -> new Tally(yes, no, deemedNo, seats,
                    yes > against && 3 * yes >= 2 * seats);
        };
    }

    /** The fewest votes for that can carry, for display ("6 of 9 needed"). */
    public int needed(int eligible, int seats) {
        return switch (this) {
            case MAJORITY_OF_VOTES_CAST -> eligible / 2 + 1;
            case TWO_THIRDS_OF_PRESENT -> (2 * eligible + 2) / 3;
            case MAJORITY_OF_WHOLE_COUNCIL -> seats / 2 + 1;
            case UNANIMOUS -> eligible;
            case MORE_THAN_ONE_THIRD_OF_ALL_MEMBERS -> seats / 3 + 1;
            case TWO_THIRDS_OF_ALL_MEMBERS -> (2 * seats + 2) / 3;
        };
    }
}
