package ca.quorum.meeting.domain;

/** Who reads a published agenda: the public never sees closed items; members and the clerk see all of it. */
public enum Audience {
    PUBLIC, MEMBERS
}
