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

/**
 * One item of an agenda, in a section, possibly under another item (one level). Its place and number are kept by
 * its {@link Agenda}.
 */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_id")
    private Agenda agenda;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private AgendaSection section;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private AgendaItem parent;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @Column(name = "item_text", nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_reason")
    private ClosedReason closedReason;

    @Column(name = "public_title")
    private String publicTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id")
    private StaffReport report;

    @Column(nullable = false)
    private boolean late;

    @Column(name = "late_approved", nullable = false)
    private boolean lateApproved;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected AgendaItem() {
    }

    AgendaItem(Agenda agenda, AgendaSection section, ItemDraft draft, boolean late, Instant addedAt) {
        this.agenda = agenda;
        this.section = section;
        this.title = draft.title().strip();
        this.text = draft.text() == null ? "" : draft.text().strip();
        this.closedReason = draft.closedReason();
        this.publicTitle = draft.isClosed() ? draft.publicTitle().strip() : null;
        this.report = draft.report();
        this.late = late;
        this.addedAt = addedAt;
    }

    public Long id() {
        return id;
    }

    public AgendaSection section() {
        return section;
    }

    public AgendaItem parent() {
        return parent;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    public boolean closed() {
        return closedReason != null;
    }

    public ClosedReason closedReason() {
        return closedReason;
    }

    public String publicTitle() {
        return publicTitle;
    }

    public StaffReport report() {
        return report;
    }

    /** Added after the body's agenda deadline. */
    public boolean late() {
        return late;
    }

    /** A late item waits for the clerk's approval before the agenda can be published. */
    public boolean awaitingLateApproval() {
        return late && !lateApproved;
    }

    /** The title this audience may read: the public sees a closed item only by its public title. */
    public String titleFor(Audience audience) {
        return closed() && audience == Audience.PUBLIC ? publicTitle : title;
    }

    void approveLate() {
        this.lateApproved = true;
    }

    int position() {
        return position;
    }

    void placeAt(AgendaSection section, AgendaItem parent, int position) {
        this.section = section;
        this.parent = parent;
        this.position = position;
    }
}
