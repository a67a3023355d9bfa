package ca.quorum.meeting.application;

import java.time.Instant;

/** A published revision of an agenda: its number, when, and the SHA-256 of the PDF the reader may download. */
public record RevisionSummary(int number, String label, Instant publishedAt, String pdfSha256, long pdfSize)
        implements java.io.Serializable {
}
