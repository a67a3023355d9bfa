package ca.quorum.documents.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * File content kept once per municipality, addressed by its SHA-256; the bytes live in 1 MiB chunks beside it, so
 * no file ever has to fit in memory.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(nullable = false, updatable = false)
    private long size;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When its content was destroyed under the retention schedule (written by the disposition, never here). */
    @Column(name = "purged_at", insertable = false, updatable = false)
    private Instant purgedAt;

    protected StoredFile() {
    }

    public StoredFile(String sha256, long size, String mediaType, Instant createdAt) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        this.sha256 = sha256;
        this.size = size;
        this.mediaType = mediaType;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    /** Whether the two hold the same bytes (a complete version that is no different from the public one). */
    public boolean sameContent(StoredFile other) {
        return sha256.equals(other.sha256);
    }

    /** Whether its content was destroyed (its row, hash and size remain). */
    public boolean purged() {
        return purgedAt != null;
    }

    public String sha256() {
        return sha256;
    }

    public long size() {
        return size;
    }

    public String mediaType() {
        return mediaType;
    }
}
