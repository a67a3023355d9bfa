package ca.quorum.meeting.application;

/** A live meeting's log grew; observers push the new public state once the change is committed. */
public record MeetingChanged(String municipality, long meetingId, LiveView view) {
}
