package ca.quorum.meeting.application;

import java.time.Instant;

/** The latest build of a meeting's packet and the packet currently published (they differ while building). */
public record PacketStatusView(long meetingId, Build latest, Published published) implements java.io.Serializable {

    public record Build(long id, int revision, String status, int progress, String message, Instant requestedAt)
            implements java.io.Serializable {
    }

    public record Published(long id, int revision, String sha256, long size, int pages, Instant finishedAt)
            implements java.io.Serializable {
    }

    public boolean building() {
        return latest != null && "BUILDING".equals(latest.status());
    }
}
