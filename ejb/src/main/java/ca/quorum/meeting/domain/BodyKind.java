package ca.quorum.meeting.domain;

/** What kind of body meets. */
public enum BodyKind {
    COUNCIL, STANDING_COMMITTEE, ADVISORY_COMMITTEE, BOARD
}
