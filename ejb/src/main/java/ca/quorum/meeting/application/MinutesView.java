package ca.quorum.meeting.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import ca.quorum.documents.application.SignatureView;
import ca.quorum.meeting.domain.minutes.MinutesKind;
import ca.quorum.meeting.domain.minutes.MinutesStatus;

/** Minutes as the pages show them, with what adopted them, what they correct or are corrected by, and signatures. */
public record MinutesView(long id, long meetingId, String meetingTitle, Instant meetingStart, MinutesKind kind,
        MinutesStatus status, String html, int version, Instant adoptedAt, Long adoptedMeetingId,
        String adoptedMeetingTitle, Long adoptedMotion, Long correctsId, Long correctedById, String pdfSha256,
        List<SignatureView> signatures) implements Serializable {

    public boolean adopted() {
        return status == MinutesStatus.ADOPTED;
    }

    public boolean fullySigned() {
        return signatures.size() >= 2;
    }
}
