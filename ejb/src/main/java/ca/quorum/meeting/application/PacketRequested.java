package ca.quorum.meeting.application;

/** A packet build was asked for; it starts once the request is committed. */
public record PacketRequested(String municipality, long packetId) {
}
