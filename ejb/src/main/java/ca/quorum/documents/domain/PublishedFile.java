package ca.quorum.documents.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * A file published as (a state of) a record, by its SHA-256: "Minutes of Council, 16 March 2027, signed by the chair
 * and the clerk". The verification page answers from these rows; closed-session records are not public.
 */
@Entity
@Immutable
@Table(name = "published_file")
public class PublishedFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false)
    private RecordType recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String state;

    @Column(name = "public", nullable = false)
    private boolean publicRecord;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected PublishedFile() {
    }

    public PublishedFile(StoredFile file, RecordType recordType, long recordId, String title, String state,
            boolean publicRecord, Instant publishedAt) {
        this.sha256 = file.sha256();
        this.fileId = file.id();
        this.recordType = recordType;
        this.recordId = recordId;
        this.title = title;
        this.state = state;
        this.publicRecord = publicRecord;
        this.publishedAt = publishedAt;
    }

    public String sha256() {
        return sha256;
    }

    public long fileId() {
        return fileId;
    }

    public RecordType recordType() {
        return recordType;
    }

    public long recordId() {
        return recordId;
    }

    public String title() {
        return title;
    }

    public String state() {
        return state;
    }

    public boolean publicRecord() {
        return publicRecord;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
