package ca.quorum.meeting.domain.minutes;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import ca.quorum.shared.domain.RuleViolation;

/**
 * The minutes of one meeting (open or closed-session), or a correction of adopted minutes. A draft is edited in
 * versions; adoption by a carried motion of a later meeting freezes the text for good (the database refuses changes
 * too). A correction is a new record linked both ways, never an edit.
 */
@Entity
@Table(name = "minutes")
public class Minutes {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MinutesKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MinutesStatus status;

    @Column(nullable = false)
    private String html;

    @Column(nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "adopted_at")
    private Instant adoptedAt;

    @Column(name = "adopted_by")
    private String adoptedBy;

    @Column(name = "adopted_meeting_id")
    private Long adoptedMeetingId;

    @Column(name = "adopted_motion")
    private Long adoptedMotion;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    @Column(name = "corrected_by_id")
    private Long correctedById;

    @Column(name = "pdf_id")
    private Long pdfId;

    protected Minutes() {
    }

    private Minutes(long meetingId, MinutesKind kind, String html, Long correctsId, Instant at) {
        this.meetingId = meetingId;
        this.kind = Objects.requireNonNull(kind);
        this.status = MinutesStatus.DRAFT;
        this.html = Objects.requireNonNull(html);
        this.version = 1;
        this.correctsId = correctsId;
        this.createdAt = at;
    }

    /** New draft minutes, version 1. */
    public static Minutes draft(long meetingId, MinutesKind kind, String html, Instant at) {
        return new Minutes(meetingId, kind, html, null, at);
    }

    /**
     * A new version of the draft's text. Refuses adopted minutes, an empty text, and an edit made on an older
     * version than the current one (someone else saved in between: nothing is overwritten).
     *
     * @return whether the text changed (an unchanged save makes no version)
     */
    public boolean edit(String newHtml, boolean empty, int basedOn) {
        requireDraft("edited");
        if (empty) {
            throw RuleViolation.because("minutes.minutesCannotBeEmptyNothingWas");
        }
        if (basedOn != version) {
            throw RuleViolation.because("minutes.versionWasSavedWhileYouEdited", version, basedOn);
        }
        if (newHtml.equals(html)) {
            return false;
        }
        html = newHtml;
        version++;
        return true;
    }

    /** Adoption by a carried motion of a later meeting; the rendered PDF is stored with it. */
    public void adopt(long atMeeting, long motion, long pdf, String by, Instant at) {
        requireDraft("adoptedAgain");
        if (atMeeting == meetingId) {
            throw RuleViolation.because("minutes.minutesAreAdoptedAtALater");
        }
        this.status = MinutesStatus.ADOPTED;
        this.adoptedMeetingId = atMeeting;
        this.adoptedMotion = motion;
        this.adoptedBy = by;
        this.adoptedAt = at;
        this.pdfId = pdf;
    }

    /** A draft correction of these adopted minutes, starting from their text; these minutes link to it. */
    public Minutes correction(Instant at) {
        if (status != MinutesStatus.ADOPTED) {
            throw RuleViolation.because("minutes.onlyAdoptedMinutesAreCorrectedA");
        }
        if (correctedById != null) {
            throw RuleViolation.because("minutes.theseMinutesAlreadyHaveACorrection", correctedById);
        }
        return new Minutes(meetingId, kind, html, id, at);
    }

    public void correctedBy(long correctionId) {
        this.correctedById = correctionId;
    }

    /** The signed PDF replaces the unsigned one as the record's file. */
    public void signedAs(long signedPdf) {
        if (status != MinutesStatus.ADOPTED) {
            throw RuleViolation.because("minutes.draftMinutesCannotBeSignedThey");
        }
        this.pdfId = signedPdf;
    }

    private void requireDraft(String what) {
        if (status == MinutesStatus.ADOPTED) {
            throw RuleViolation.because("minutes.theseMinutesWereAdoptedOnAnd", adoptedAt,
                    RuleViolation.term("minutes." + what));
        }
    }

    public Long id() {
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public MinutesKind kind() {
        return kind;
    }

    public MinutesStatus status() {
        return status;
    }

    public boolean adopted() {
        return status == MinutesStatus.ADOPTED;
    }

    public String html() {
        return html;
    }

    public int version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant adoptedAt() {
        return adoptedAt;
    }

    public Long adoptedMeetingId() {
        return adoptedMeetingId;
    }

    public Long adoptedMotion() {
        return adoptedMotion;
    }

    public Long correctsId() {
        return correctsId;
    }

    public Long correctedById() {
        return correctedById;
    }

    public Long pdfId() {
        return pdfId;
    }
}
