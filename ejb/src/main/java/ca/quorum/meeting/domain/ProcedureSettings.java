package ca.quorum.meeting.domain;

import ca.quorum.meeting.domain.live.DeemedQuorum;
import ca.quorum.meeting.domain.live.VoteRule;
import ca.quorum.shared.domain.RuleViolation;

/**
 * A body's procedure by-law choices, as the clerk sets them.
 *
 * @param electronicCountsForQuorum members attending electronically count toward quorum (Municipal Act s.238(3.1))
 * @param secondRequired            motions need a seconder
 * @param silentCountsAsNo          a present member who does not vote counts against on every vote (on a recorded
 *                                  vote s.246(2) says so regardless)
 * @param ballotChangeAllowed       a ballot may be changed until the vote closes
 * @param reconsiderationRule       what a motion to reconsider needs to carry (two-thirds by default)
 * @param reconsiderationsPerMotion how often one motion may be reconsidered at one meeting (once by default)
 * @param seats                     the whole number of members under the composition by-law (s.237), or null to use
 *                                  the members seated
 * @param vacanciesReduceQuorum     the body's by-law says vacancies reduce the number quorum is computed from (by
 *                                  default they do not: s.237 counts the whole number of members)
 * @param deemedQuorum              which reading of MCIA s.7(1) applies
 */
public record ProcedureSettings(boolean electronicCountsForQuorum, boolean secondRequired, boolean silentCountsAsNo,
        boolean ballotChangeAllowed, VoteRule reconsiderationRule, int reconsiderationsPerMotion, Integer seats,
        boolean vacanciesReduceQuorum, DeemedQuorum deemedQuorum) implements java.io.Serializable {

    public ProcedureSettings {
        if (reconsiderationRule == null) {
            throw RuleViolation.because("procedure.chooseWhatAReconsiderationNeedsTo");
        }
        if (reconsiderationsPerMotion < 1 || reconsiderationsPerMotion > 9) {
            throw RuleViolation.because("procedure.aMotionMayBeReconsideredTo");
        }
        if (seats != null && (seats < 1 || seats > 200)) {
            throw RuleViolation.because("procedure.theWholeNumberOfMembersIs");
        }
        if (deemedQuorum == null) {
            throw RuleViolation.because("procedure.chooseHowMciaSIsRead");
        }
    }
}
