package ca.quorum.meeting.domain.minutes;

/** A draft can be edited; adopted minutes are frozen for good. */
public enum MinutesStatus {
    DRAFT, ADOPTED
}
