package ca.quorum.documents.application;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ca.quorum.documents.domain.PublishedFile;
import ca.quorum.documents.domain.RecordType;
import ca.quorum.documents.infrastructure.FileStore;
import ca.quorum.documents.infrastructure.SignatureInspector;
import ca.quorum.shared.domain.RuleViolation;

/**
 * The public verification page's service: given a PDF (or only its SHA-256), says which published record of this
 * municipality it is, when it was published, and for each signature whether it is valid and by whom. Anything not
 * published here, byte for byte, is "not a record of this municipality"; closed-session records are never named.
 */
@Stateless
@PermitAll
public class Verification {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    @PersistenceContext
    EntityManager em;

    @EJB
    FileStore files;

    @EJB
    SigningKeys keys;

    /** One signature as verified. */
    public record Signature(String signer, String certificateSubject, Instant signedAt, Instant timeStamp,
            boolean valid, boolean municipalCertificate, String problem) implements Serializable {
    }

    /** The answer: a record (with its signatures), or not a record of this municipality. */
    public record Result(boolean record, String sha256, RecordType type, long recordId, String title, String state,
            Instant publishedAt, List<Signature> signatures) implements Serializable {

        public boolean allValid() {
            return !signatures.isEmpty() && signatures.stream().allMatch(Signature::valid);
        }
    }

    /** The largest file the verification reads, {@code QUORUM_MAX_VERIFY_MB} (200 MB unless set). */
    public static final long MAX_BYTES = ca.quorum.shared.infrastructure.Configuration.get("QUORUM_MAX_VERIFY_MB")
            .filter(v -> v.strip().matches("[1-9][0-9]{0,4}")).map(v -> Long.parseLong(v.strip()) << 20)
            .orElse(200L << 20);

    /**
     * From a stream, which is only hashed as it is read (never held in memory, never parsed: a file that is not
     * published here byte for byte is no record, and a published one is checked from the stored copy). Refused once it
     * passes {@code maxBytes}.
     */
    public Result verify(java.io.InputStream pdf, long maxBytes) {
        if (pdf == null) {
            throw RuleViolation.because("verification.chooseAPdfFileToVerify");
        }
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = pdf.read(buffer)) > 0) {
                total += n;
                if (total > Math.min(maxBytes, MAX_BYTES)) {
                    throw new ca.quorum.shared.application.TooLargeException(Math.min(maxBytes, MAX_BYTES));
                }
                digest.update(buffer, 0, n);
            }
            if (total == 0) {
                throw RuleViolation.because("verification.chooseAPdfFileToVerify");
            }
            return lookup(java.util.HexFormat.of().formatHex(digest.digest()), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Result verify(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw RuleViolation.because("verification.chooseAPdfFileToVerify");
        }
        return lookup(SignatureInspector.sha256Hex(pdf), pdf);
    }

    /** By SHA-256 alone (64 hexadecimal digits, spaces and case ignored). */
    public Result verify(String sha256) {
        String clean = sha256 == null ? "" : sha256.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(clean).matches()) {
            throw RuleViolation.because("verification.aShaIsHexadecimalDigitsA");
        }
        return lookup(clean, null);
    }

    private Result lookup(String sha256, byte[] uploaded) {
        Optional<PublishedFile> found = em.createQuery("select p from PublishedFile p where p.sha256 = :s "
                + "and p.publicRecord = true", PublishedFile.class).setParameter("s", sha256).getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return new Result(false, sha256, null, 0, null, null, null, List.of());
        }
        PublishedFile file = found.get();
        // the stored copy, which is the same bytes: an upload is never parsed
        byte[] pdf = files.bytes(files.find(file.sha256()).orElseThrow());
        List<Signature> signatures = new ArrayList<>();
        try {
            for (SignatureInspector.Check check : SignatureInspector.inspect(pdf)) {
                boolean municipal = keys.known(check.certificateSha256());
                signatures.add(new Signature(check.name(), check.subject(), check.signedAt(),
                        check.timeStamp().orElse(null), check.valid() && municipal, municipal,
                        check.problem() != null ? check.problem()
                                : !municipal ? "The certificate is not one of this municipality's signing keys."
                                : !check.valid() ? "The signature does not match the document." : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(true, sha256, file.recordType(), file.recordId(), file.title(), file.state(),
                file.publishedAt(), signatures);
    }

}
