package ca.quorum.shared.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** One stored link of a municipality's audit chain. Never updated once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(name = "seq", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private String subjectId;

    @Column(nullable = false, updatable = false)
    private String details;

    @Column(name = "prev_hash", nullable = false, updatable = false)
    private String previousHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    protected AuditEntry() {
    }

    public AuditEntry(AuditRecord record, String previousHash, String hash) {
        this.tenant = record.tenant();
        this.sequence = record.sequence();
        this.occurredAt = record.occurredAt();
        this.actor = record.actor();
        this.action = record.action();
        this.subjectType = record.subjectType();
        this.subjectId = record.subjectId();
        this.details = record.details();
        this.previousHash = previousHash;
        this.hash = hash;
    }

    public AuditRecord record() {
        return new AuditRecord(tenant, sequence, occurredAt, actor, action, subjectType, subjectId, details);
    }

    public AuditChain.StoredEntry stored() {
        return new AuditChain.StoredEntry(record(), previousHash, hash);
    }

    public long sequence() {
        return sequence;
    }

    public String hash() {
        return hash;
    }
}
