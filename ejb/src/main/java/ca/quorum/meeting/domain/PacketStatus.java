package ca.quorum.meeting.domain;

/** Where the build of an agenda packet is. */
public enum PacketStatus {
    BUILDING, PUBLISHED, FAILED
}
