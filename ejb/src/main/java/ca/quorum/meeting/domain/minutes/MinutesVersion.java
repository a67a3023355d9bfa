package ca.quorum.meeting.domain.minutes;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One saved version of draft minutes: who saved what, when, and why (generated, edited, regenerated). */
@Entity
@Immutable
@Table(name = "minutes_version")
public class MinutesVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "minutes_id", nullable = false)
    private long minutesId;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private String html;

    @Column(name = "edited_by", nullable = false)
    private String editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @Column(nullable = false)
    private String note;

    protected MinutesVersion() {
    }

    public MinutesVersion(Minutes minutes, String editedBy, Instant editedAt, String note) {
        this.minutesId = minutes.id();
        this.version = minutes.version();
        this.html = minutes.html();
        this.editedBy = editedBy;
        this.editedAt = editedAt;
        this.note = note;
    }

    public int version() {
        return version;
    }

    public String html() {
        return html;
    }

    public String editedBy() {
        return editedBy;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public String note() {
        return note;
    }
}
