package ca.quorum.meeting.domain.live;

/** How a member attends: in the chamber, or electronically where the procedure by-law allows (s.238(3.1)). */
public enum Presence {
    IN_PERSON, ELECTRONIC, ABSENT
}
