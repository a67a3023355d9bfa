package ca.quorum.meeting.domain.live;

/** A member's ballot. Abstaining is not a choice: a present member who does not vote may be deemed to vote no. */
public enum Choice {
    YES, NO
}
