package ca.quorum.meeting.domain.live;

/**
 * How a body reads MCIA s.7(1): "where the number of members who ... are disabled from participating in a meeting is
 * such that at that meeting the remaining members are not of sufficient number to constitute a quorum, ... the
 * remaining number of members shall be deemed to constitute a quorum, provided such number is not less than two."
 * Both readings are in use; the procedure by-law (or the clerk's legal advice) chooses.
 */
public enum DeemedQuorum {
    /**
     * "The remaining members" are the council's: the rule applies when the seats less the members who declared an
     * interest could not make a quorum, whoever is present.
     */
    WHOLE_COUNCIL,
    /**
     * "The remaining members" are those at the meeting: the rule applies when the members present would be a quorum
     * but for those who declared an interest.
     */
    MEMBERS_PRESENT
}
