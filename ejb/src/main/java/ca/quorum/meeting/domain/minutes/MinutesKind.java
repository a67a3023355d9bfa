package ca.quorum.meeting.domain.minutes;

/** Open minutes are public once adopted; closed-session minutes are for authorised roles only (s.239). */
public enum MinutesKind {
    OPEN, CLOSED
}
