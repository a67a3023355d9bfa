package ca.quorum.meeting.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** A scheduled sitting of a body. Times are instants; they are shown in the municipality's time zone. */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private Body body;

    @Column(nullable = false)
    private String title;

    @Column(name = "special", nullable = false)
    private boolean special;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;

    protected Meeting() {
    }

    public Meeting(Body body, String title, boolean special, Instant startsAt, String location) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a meeting needs a title");
        }
        this.body = body;
        this.title = title.strip();
        this.special = special;
        this.startsAt = startsAt;
        this.location = location == null ? "" : location.strip();
        this.status = MeetingStatus.SCHEDULED;
    }

    /** Called off; a cancelled meeting keeps its record and its published agendas. */
    public void cancel() {
        if (status != MeetingStatus.SCHEDULED) {
            throw new ca.quorum.shared.domain.RuleViolation("Only a scheduled meeting can be cancelled.");
        }
        status = MeetingStatus.CANCELLED;
    }

    /** Called to order: the meeting is in progress and its agenda is frozen. */
    public void begin() {
        if (status != MeetingStatus.SCHEDULED) {
            throw new ca.quorum.shared.domain.RuleViolation("Only a scheduled meeting can be called to order.");
        }
        status = MeetingStatus.IN_PROGRESS;
    }

    /** Adjourned, or closed without quorum: the meeting is over and its agenda stays as it was. */
    public void adjourn() {
        if (status == MeetingStatus.CANCELLED) {
            throw new ca.quorum.shared.domain.RuleViolation("A cancelled meeting cannot be adjourned.");
        }
        status = MeetingStatus.ADJOURNED;
    }

    public Long id() {
        return id;
    }

    public Body body() {
        return body;
    }

    public String title() {
        return title;
    }

    public boolean special() {
        return special;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public String location() {
        return location;
    }

    public MeetingStatus status() {
        return status;
    }
}
