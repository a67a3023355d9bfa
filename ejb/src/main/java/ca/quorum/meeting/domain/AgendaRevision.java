package ca.quorum.meeting.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import ca.quorum.documents.domain.StoredFile;

/**
 * A published revision of a meeting's agenda, kept for good: the complete snapshot (as JSON) and the two PDFs, the
 * public one without closed items and the members' one with them.
 */
@Entity
@Table(name = "agenda_revision")
public class AgendaRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, updatable = false)
    private String publishedBy;

    @Column(nullable = false, updatable = false)
    private String snapshot;

    /** The certificate of destruction it was destroyed under (written by the disposition, never here). */
    @Column(name = "destroyed_under", insertable = false, updatable = false)
    private String destroyedUnder;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "public_pdf_id", updatable = false)
    private StoredFile publicPdf;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "members_pdf_id", updatable = false)
    private StoredFile membersPdf;

    protected AgendaRevision() {
    }

    public AgendaRevision(long meetingId, int number, Instant publishedAt, String publishedBy, String snapshot,
            StoredFile publicPdf, StoredFile membersPdf) {
        this.meetingId = meetingId;
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.snapshot = snapshot;
        this.publicPdf = publicPdf;
        this.membersPdf = membersPdf;
    }

    public Long id() {
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public int number() {
        return number;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    /** The certificate of destruction it was destroyed under; null while it is kept. */
    public String destroyedUnder() {
        return destroyedUnder;
    }

    public String snapshot() {
        return snapshot;
    }

    public StoredFile pdf(Audience audience) {
        return audience == Audience.PUBLIC ? publicPdf : membersPdf;
    }
}
