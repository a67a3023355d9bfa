package ca.quorum.meeting.domain.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import ca.quorum.shared.domain.RuleViolation;

/**
 * An enacted by-law: its number, title and text, its three readings, the date it was enacted, and the meeting and
 * carried motion that passed it. Registered once passed, and then never changed (an amendment is another by-law).
 */
@Entity
@Table(name = "bylaw")
public class ByLaw {

    private static final Pattern NUMBER = Pattern.compile("[0-9A-Za-z][0-9A-Za-z./-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String html;

    @Column(name = "first_reading", nullable = false, updatable = false)
    private LocalDate firstReading;

    @Column(name = "second_reading", nullable = false, updatable = false)
    private LocalDate secondReading;

    @Column(name = "third_reading", nullable = false, updatable = false)
    private LocalDate thirdReading;

    @Column(name = "enacted_on", nullable = false, updatable = false)
    private LocalDate enactedOn;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(nullable = false, updatable = false)
    private long motion;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    @Column(name = "pdf_id", nullable = false)
    private long pdfId;

    protected ByLaw() {
    }

    /** What the clerk enters to register a by-law; readings default to the enacting meeting's date. */
    public record Draft(String number, String title, String html, boolean textEmpty, LocalDate firstReading,
            LocalDate secondReading, LocalDate thirdReading) {
    }

    /**
     * Checks a by-law before it is registered: number and title present and well-formed, text not empty, readings in
     * order and not after the day it was enacted (the enacting meeting's day). Every problem is named at once.
     */
    public static void check(Draft draft, LocalDate enactedOn) {
        List<RuleViolation.Refusal> problems = new ArrayList<>();
        if (draft.number() == null || !NUMBER.matcher(draft.number().strip()).matches()) {
            problems.add(RuleViolation.refusal("bylaw.aByLawNumberIsLetters"));
        }
        if (draft.title() == null || draft.title().isBlank() || draft.title().strip().length() > 300) {
            problems.add(RuleViolation.refusal("bylaw.aByLawNeedsATitle"));
        }
        if (draft.textEmpty()) {
            problems.add(RuleViolation.refusal("bylaw.aByLawNeedsItsText"));
        }
        LocalDate first = or(draft.firstReading(), enactedOn);
        LocalDate second = or(draft.secondReading(), enactedOn);
        LocalDate third = or(draft.thirdReading(), enactedOn);
        if (first.isAfter(second) || second.isAfter(third)) {
            problems.add(RuleViolation.refusal("bylaw.readingsMustBeInOrderFirst"));
        }
        if (third.isAfter(enactedOn)) {
            problems.add(RuleViolation.refusal("bylaw.theThirdReadingCannotBeAfter", enactedOn));
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.of(problems);
        }
    }

    public ByLaw(Draft draft, LocalDate enactedOn, long meetingId, long motion, long pdfId, String by, Instant at) {
        check(draft, enactedOn);
        this.number = draft.number().strip();
        this.title = draft.title().strip();
        this.html = draft.html();
        this.firstReading = or(draft.firstReading(), enactedOn);
        this.secondReading = or(draft.secondReading(), enactedOn);
        this.thirdReading = or(draft.thirdReading(), enactedOn);
        this.enactedOn = enactedOn;
        this.meetingId = meetingId;
        this.motion = motion;
        this.pdfId = pdfId;
        this.registeredBy = by;
        this.registeredAt = at;
    }

    private static LocalDate or(LocalDate date, LocalDate fallback) {
        return date == null ? fallback : date;
    }

    /** The signed PDF replaces the unsigned one as the by-law's file. */
    public void signedAs(long signedPdf) {
        this.pdfId = signedPdf;
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public String html() {
        return html;
    }

    public LocalDate firstReading() {
        return firstReading;
    }

    public LocalDate secondReading() {
        return secondReading;
    }

    public LocalDate thirdReading() {
        return thirdReading;
    }

    public LocalDate enactedOn() {
        return enactedOn;
    }

    public long meetingId() {
        return meetingId;
    }

    public long motion() {
        return motion;
    }

    public long pdfId() {
        return pdfId;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
