package ca.quorum.meeting.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import ca.quorum.documents.application.SignatureView;

/** A by-law as the registry shows it, with the meeting and motion that enacted it and its signatures. */
public record ByLawView(long id, String number, String title, String html, LocalDate firstReading,
        LocalDate secondReading, LocalDate thirdReading, LocalDate enactedOn, long meetingId, String meetingTitle,
        long motion, String pdfSha256, List<SignatureView> signatures) implements Serializable {
}
