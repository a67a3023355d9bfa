package ca.quorum.meeting.domain.live;

/**
 * The count of a closed vote: ballots for and against, present members deemed against for not voting, and the
 * number of members the rule counts from.
 *
 * @param base the eligible members present (for "of members present" rules), or the seats (for "of the whole
 *             council")
 */
public record Tally(int yes, int no, int deemedNo, int base, boolean carried) {

    public int against() {
        return no + deemedNo;
    }
}
