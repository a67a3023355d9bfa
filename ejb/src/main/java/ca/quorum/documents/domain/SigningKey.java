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
 * A signing key as stored: the PKCS#12 file encrypted with the server's key, with its certificate's subject,
 * fingerprint and validity for display and checks. The municipality's key (owner null) keeps its keystore password,
 * encrypted too, because the application uses it on behalf of the chair and clerk; a person's key keeps no password:
 * the person types it to sign.
 */
@Entity
@Table(name = "signing_key")
public class SigningKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(nullable = false, updatable = false)
    private String tenant;

    @Column(updatable = false)
    private String owner;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "certificate_sha256", nullable = false, updatable = false)
    private String certificateSha256;

    @Column(name = "not_before", nullable = false, updatable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false, updatable = false)
    private Instant notAfter;

    @Column(nullable = false, updatable = false)
    private byte[] keystore;

    @Column(updatable = false)
    private byte[] password;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "replaced_at")
    private Instant replacedAt;

    protected SigningKey() {
    }

    public SigningKey(String owner, String subject, String certificateSha256, Instant notBefore, Instant notAfter,
            byte[] encryptedKeystore, byte[] encryptedPassword, String createdBy, Instant createdAt) {
        this.owner = owner;
        this.subject = subject;
        this.certificateSha256 = certificateSha256;
        this.notBefore = notBefore;
        this.notAfter = notAfter;
        this.keystore = encryptedKeystore;
        this.password = encryptedPassword;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The same keystore and password sealed again (bound to this row, for values stored before they were). */
    public void reseal(byte[] encryptedKeystore, byte[] encryptedPassword) {
        this.keystore = encryptedKeystore;
        this.password = encryptedPassword;
    }

    public void replace(Instant at) {
        this.replacedAt = at;
    }

    public Long id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String subject() {
        return subject;
    }

    public String certificateSha256() {
        return certificateSha256;
    }

    public Instant notBefore() {
        return notBefore;
    }

    public Instant notAfter() {
        return notAfter;
    }

    public byte[] keystore() {
        return keystore;
    }

    public byte[] password() {
        return password;
    }
}
