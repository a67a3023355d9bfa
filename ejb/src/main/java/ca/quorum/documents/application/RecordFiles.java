package ca.quorum.documents.application;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Roles;
import ca.quorum.documents.domain.PublishedFile;
import ca.quorum.documents.domain.RecordSignature;
import ca.quorum.documents.domain.RecordType;
import ca.quorum.documents.domain.SignerCapacity;
import ca.quorum.documents.domain.StoredFile;
import ca.quorum.documents.infrastructure.FileStore;
import ca.quorum.documents.infrastructure.PadesSigner;
import ca.quorum.documents.infrastructure.SignatureInspector;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.infrastructure.TenantFind;

/**
 * The files of signed records: storing a rendered record, publishing each state of it under its SHA-256 (what the
 * verification page recognises), and adding the chair's and the clerk's PAdES signatures. Used by the minutes and
 * by-law services, which decide what may be signed and keep their record pointing at its newest file.
 */
@Stateless
@RolesAllowed({Roles.CLERK, Roles.CHAIR, Roles.SYSTEM})
public class RecordFiles {

    @PersistenceContext
    EntityManager em;

    @EJB
    FileStore files;

    @EJB
    SigningKeys keys;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext session;

    /** Stores a rendered record and publishes it under its SHA-256, in the caller's transaction. */
    public StoredFile publish(byte[] pdf, RecordType type, long recordId, String title, String state,
            boolean isPublic) {
        StoredFile file = store(pdf);
        register(file, type, recordId, title, state, isPublic);
        return file;
    }

    /**
     * Signs the record's current PDF as the caller (chair or clerk), stores and publishes the signed file, and
     * records the signature. Refusals (a draft, a second signature by one person or in one capacity, a missing or
     * wrong keystore password, a certificate out of its validity, a time-stamp authority that does not answer)
     * change nothing.
     *
     * @param finalRecord whether the record is final (adopted minutes, an enacted by-law)
     * @param callerPresides whether the caller presides over the body whose record this is: only then may a chair
     *                       sign as chair ({@code ChairAuthority})
     */
    public StoredFile sign(RecordType type, long recordId, long currentFile, boolean finalRecord, String title,
            boolean isPublic, String keystorePassword, boolean callerPresides) {
        List<RecordSignature> existing = signatures(type, recordId);
        String username = Caller.username(session);
        boolean chair = session.isCallerInRole(Roles.CHAIR) && callerPresides;
        if (!chair && !session.isCallerInRole(Roles.CLERK)) {
            throw ca.quorum.shared.application.NotPermittedException.because("signing.notYourBody");
        }
        SignerCapacity capacity = chair && existing.stream().noneMatch(s -> s.capacity() == SignerCapacity.CHAIR)
                ? SignerCapacity.CHAIR : session.isCallerInRole(Roles.CLERK) ? SignerCapacity.CLERK
                : SignerCapacity.CHAIR;
        RecordSignature.requireSignable(finalRecord, existing, username, capacity);
        String name = displayName(username) + ", " + (capacity == SignerCapacity.CHAIR ? "Chair" : "Clerk");
        PadesSigner.Credential credential = keys.credential(name, keystorePassword);
        Instant now = Instant.now();
        var authority = keys.timeStampAuthority();
        byte[] signed = PadesSigner.sign(files.bytes(file(currentFile)), credential,
                (capacity == SignerCapacity.CHAIR ? "Signed by the chair: " : "Signed by the clerk: ") + title,
                municipalityName(), now, authority);
        StoredFile file = store(signed);
        try {
            X509Info certificate = new X509Info(credential.certificate());
            RecordSignature signature = new RecordSignature(type, recordId, capacity, username, name,
                    certificate.sha256, certificate.subject, now, authority.isPresent(), file.id());
            em.persist(signature);
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            throw new ca.quorum.shared.domain.RuleViolation("This record was signed by someone else at the same "
                    + "moment; reload it and check its signatures. Nothing was signed.");
        }
        List<RecordSignature> all = signatures(type, recordId);
        String state = (type == RecordType.BYLAW ? "Enacted" : "Adopted") + "; signed by "
                + String.join(" and ", all.stream().map(RecordSignature::signerName).toList());
        register(file, type, recordId, title, state, isPublic);
        audit.record("RecordSigned", type.name().toLowerCase(), Long.toString(recordId), Map.of(
                "capacity", capacity.name(), "signer", username, "fileSha256", file.sha256(),
                "timeStamped", authority.isPresent()));
        return file;
    }

    @PermitAll
    public List<RecordSignature> signatures(RecordType type, long recordId) {
        return em.createQuery("select s from RecordSignature s where s.recordType = :t and s.recordId = :r "
                + "order by s.signedAt", RecordSignature.class).setParameter("t", type).setParameter("r", recordId)
                .getResultList();
    }

    @PermitAll
    public List<SignatureView> signatureViews(RecordType type, long recordId) {
        return signatures(type, recordId).stream().map(s -> new SignatureView(s.capacity().name(), s.signerName(),
                s.certificateSubject(), s.signedAt(), s.timeStamped())).toList();
    }

    /** Writes a stored file; the caller has decided the reader may have it. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void write(long fileId, OutputStream out) throws IOException {
        files.copy(file(fileId), out);
    }

    @PermitAll
    public StoredFile file(long fileId) {
        return TenantFind.byId(em, StoredFile.class, fileId).orElseThrow(() -> new RecordNotFoundException(
                "file " + fileId));
    }

    /** Stores a rendered record's PDF (publish it with {@link #register} once the record has its id). */
    @RolesAllowed({Roles.CLERK, Roles.CHAIR, Roles.SYSTEM, Roles.RECORDS_MANAGER})
    public StoredFile store(byte[] pdf) {
        try {
            Path temp = Files.createTempFile("quorum-record", ".pdf");
            try {
                Files.write(temp, pdf);
                return files.store(temp, "application/pdf");
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes a stored file as a state of a record under its SHA-256 (once; the first description stays). */
    @RolesAllowed({Roles.CLERK, Roles.CHAIR, Roles.SYSTEM, Roles.RECORDS_MANAGER})
    public void register(StoredFile file, RecordType type, long recordId, String title, String state,
            boolean isPublic) {
        boolean known = !em.createQuery("select p.id from PublishedFile p where p.sha256 = :s", Long.class)
                .setParameter("s", file.sha256()).getResultList().isEmpty();
        if (!known) {
            em.persist(new PublishedFile(file, type, recordId, title, state, isPublic, Instant.now()));
        }
    }

    private String displayName(String username) {
        return em.createQuery("select u.displayName from UserAccount u where u.username = :u", String.class)
                .setParameter("u", username).getResultStream().findFirst().orElse(username);
    }

    private String municipalityName() {
        return em.find(ca.quorum.admin.domain.Municipality.class,
                ca.quorum.shared.tenant.TenantContext.require()).name();
    }

    /** A certificate's fingerprint and subject, as stored with a signature. */
    private static final class X509Info {
        final String sha256;
        final String subject;

        X509Info(java.security.cert.X509Certificate certificate) {
            try {
                this.sha256 = SignatureInspector.sha256Hex(certificate.getEncoded());
                this.subject = certificate.getSubjectX500Principal().getName();
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
