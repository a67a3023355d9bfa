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

import ca.quorum.documents.domain.StoredFile;
import ca.quorum.shared.domain.RuleViolation;

/**
 * One build of a meeting's agenda packet from a published revision. A failed build leaves the packet published
 * before it in place; the newest published build is the meeting's packet.
 */
@Entity
@Table(name = "agenda_packet")
public class AgendaPacket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private long meetingId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PacketStatus status;

    @Column(nullable = false)
    private int progress;

    @Column(nullable = false)
    private String message;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "public_file_id")
    private StoredFile publicFile;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "members_file_id")
    private StoredFile membersFile;

    @Column(name = "public_pages", nullable = false)
    private int publicPages;

    @Column(name = "members_pages", nullable = false)
    private int membersPages;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected AgendaPacket() {
    }

    public AgendaPacket(long meetingId, int revision, String requestedBy, Instant now) {
        this.meetingId = meetingId;
        this.revision = revision;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.status = PacketStatus.BUILDING;
        this.message = "";
    }

    /** A build is given up for lost when it has run this long (its server stopped while building, say). */
    public static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofMinutes(30);

    /** Still marked as building long after it should have ended: its build will never report back. */
    public boolean abandoned(Instant now) {
        return status == PacketStatus.BUILDING && requestedAt.plus(ABANDONED_AFTER).isBefore(now);
    }

    /** Progress in percent; it only goes forward. */
    public void advance(int percent) {
        requireBuilding();
        progress = Math.max(progress, Math.min(99, Math.max(0, percent)));
    }

    public void publish(StoredFile publicPdf, int publicPageCount, StoredFile membersPdf, int membersPageCount,
            Instant now) {
        requireBuilding();
        status = PacketStatus.PUBLISHED;
        progress = 100;
        publicFile = publicPdf;
        publicPages = publicPageCount;
        membersFile = membersPdf;
        membersPages = membersPageCount;
        finishedAt = now;
    }

    public void fail(String reason, Instant now) {
        requireBuilding();
        status = PacketStatus.FAILED;
        message = reason;
        finishedAt = now;
    }

    private void requireBuilding() {
        if (status != PacketStatus.BUILDING) {
            throw RuleViolation.because("packet.thisPacketBuildIsAlready",
                    RuleViolation.term("packet." + status.name()));
        }
    }

    public Long id() {
        return id;
    }

    public long meetingId() {
        return meetingId;
    }

    public int revision() {
        return revision;
    }

    public PacketStatus status() {
        return status;
    }

    public int progress() {
        return progress;
    }

    public String message() {
        return message;
    }

    public StoredFile file(Audience audience) {
        return audience == Audience.PUBLIC ? publicFile : membersFile;
    }

    public int pages(Audience audience) {
        return audience == Audience.PUBLIC ? publicPages : membersPages;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
