package ca.quorum.shared.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last sequence number and hash of a municipality's chain. Appending locks this row, so entries of one
 * municipality are written one at a time and in order; it also lets the verifier notice a deleted tail.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

    @Id
    private String tenant;

    @Column(name = "seq", nullable = false)
    private long sequence;

    @Column(nullable = false)
    private String hash;

    @Column(name = "seal")
    private String seal;

    protected AuditHead() {
    }

    public AuditHead(String tenant) {
        this.tenant = tenant;
        this.sequence = 0;
        this.hash = AuditChain.GENESIS;
    }

    public long nextSequence() {
        return sequence + 1;
    }

    public String hash() {
        return hash;
    }

    /** Moves the head to the entry just appended; refuses anything but the next sequence number. */
    public void advance(long appended, String appendedHash) {
        if (appended != sequence + 1) {
            throw new IllegalStateException("audit chain of " + tenant + " expected entry " + (sequence + 1)
                    + ", got " + appended);
        }
        this.sequence = appended;
        this.hash = appendedHash;
    }

    /** Seals the head as it now stands ({@link AuditSeal#head}). */
    public void seal(String headSeal) {
        this.seal = headSeal;
    }

    public String seal() {
        return seal;
    }

    public String tenant() {
        return tenant;
    }

    public AuditChain.Head asHead() {
        return new AuditChain.Head(sequence, hash);
    }
}
