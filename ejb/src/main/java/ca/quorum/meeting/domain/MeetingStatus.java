package ca.quorum.meeting.domain;

/** Where a meeting is in its life. */
public enum MeetingStatus {
    SCHEDULED, IN_PROGRESS, ADJOURNED, CANCELLED
}
