package ca.quorum.meeting.domain;

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

/** A PDF attached to a staff report, by its file name and stored content. */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private StaffReport report;

    @Column(nullable = false)
    private int position;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id")
    private StoredFile file;

    @Column(nullable = false)
    private int pages;

    protected ReportAttachment() {
    }

    ReportAttachment(StaffReport report, int position, String fileName, StoredFile file, int pages) {
        this.report = report;
        this.position = position;
        this.fileName = fileName;
        this.file = file;
        this.pages = pages;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String fileName() {
        return fileName;
    }

    public StoredFile file() {
        return file;
    }

    public int pages() {
        return pages;
    }
}
