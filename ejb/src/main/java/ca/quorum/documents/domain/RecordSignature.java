package ca.quorum.documents.domain;

import java.time.Instant;
import java.util.List;

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

import ca.quorum.shared.domain.RuleViolation;

/** One signature on a record: who signed, in what capacity, with which certificate, and the file it produced. */
@Entity
@Immutable
@Table(name = "record_signature")
public class RecordSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false)
    private RecordType recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SignerCapacity capacity;

    @Column(nullable = false)
    private String username;

    @Column(name = "signer_name", nullable = false)
    private String signerName;

    @Column(name = "certificate_sha256", nullable = false)
    private String certificateSha256;

    @Column(name = "certificate_subject", nullable = false)
    private String certificateSubject;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "time_stamped", nullable = false)
    private boolean timeStamped;

    @Column(name = "file_id", nullable = false)
    private long fileId;

    protected RecordSignature() {
    }

    public RecordSignature(RecordType recordType, long recordId, SignerCapacity capacity, String username,
            String signerName, String certificateSha256, String certificateSubject, Instant signedAt,
            boolean timeStamped, long fileId) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.capacity = capacity;
        this.username = username;
        this.signerName = signerName;
        this.certificateSha256 = certificateSha256;
        this.certificateSubject = certificateSubject;
        this.signedAt = signedAt;
        this.timeStamped = timeStamped;
        this.fileId = fileId;
    }

    /**
     * The signing rules: only a final record (adopted minutes, an enacted by-law) is signed; each of the chair and
     * the clerk signs once; one person never signs twice, in either capacity.
     */
    public static void requireSignable(boolean finalRecord, List<RecordSignature> existing, String username,
            SignerCapacity capacity) {
        if (!finalRecord) {
            throw RuleViolation.because("signature.aDraftCannotBeSignedMinutes");
        }
        if (existing.stream().anyMatch(s -> s.username.equals(username))) {
            throw RuleViolation.because("signature.youHaveAlreadySignedThisRecord");
        }
        if (existing.stream().anyMatch(s -> s.capacity == capacity)) {
            throw RuleViolation.because("signature.thisRecordAlreadyHasTheS",
                    RuleViolation.term("capacity." + capacity.name()));
        }
    }

    public SignerCapacity capacity() {
        return capacity;
    }

    public String username() {
        return username;
    }

    public String signerName() {
        return signerName;
    }

    public String certificateSha256() {
        return certificateSha256;
    }

    public String certificateSubject() {
        return certificateSubject;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public boolean timeStamped() {
        return timeStamped;
    }

    public long fileId() {
        return fileId;
    }
}
