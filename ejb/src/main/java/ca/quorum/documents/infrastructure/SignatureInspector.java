package ca.quorum.documents.infrastructure;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Checks every signature of a PDF on its own terms: the CMS signature value against the embedded certificate, the
 * message digest against the signed byte range, that the byte range covers its whole revision except the signature
 * value, whether later revisions follow, and a time-stamp token if there is one. Whose certificate it is, and whether
 * it belongs to the municipality, is the caller's question ({@link Check#certificateSha256}).
 */
public final class SignatureInspector {

    /** What one signature says and whether it holds. */
    public record Check(String name, String reason, Instant signedAt, String subject, String issuer,
            String certificateSha256, Instant certificateNotBefore, Instant certificateNotAfter, boolean intact,
            boolean wholeRevision, boolean coversWholeFile, Optional<Instant> timeStamp, boolean timeStampValid,
            String problem) {

        /** Intact, covering its whole revision, and signed while its certificate was valid. */
        public boolean valid() {
            Instant when = timeStamp.orElse(signedAt);
            return intact && wholeRevision && problem == null && when != null
                    && !when.isBefore(certificateNotBefore) && !when.isAfter(certificateNotAfter)
                    && (timeStamp.isEmpty() || timeStampValid);
        }
    }

    private SignatureInspector() {
    }

    /** The signatures in file order; none for a PDF without signatures; fails for what is not a PDF. */
    public static List<Check> inspect(byte[] pdf) throws IOException {
        List<Check> checks = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDSignature signature : doc.getSignatureDictionaries()) {
                checks.add(check(signature, pdf));
            }
        }
        return checks;
    }

    private static Check check(PDSignature signature, byte[] pdf) {
        String name = signature.getName();
        String reason = signature.getReason();
        Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        int[] range = signature.getByteRange();
        if (range == null || range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1]
                || range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
            return broken(name, reason, signedAt, "The signature's byte range is malformed.");
        }
        boolean wholeRevision = pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
        boolean coversWholeFile = (long) range[2] + range[3] == pdf.length;
        try {
            byte[] contents = signature.getContents();
            byte[] signed = signature.getSignedContent(pdf);
            // the value is zero-padded to the space reserved for it: read the one DER object it starts with
            org.bouncycastle.asn1.cms.ContentInfo info;
            try (org.bouncycastle.asn1.ASN1InputStream der = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
                info = org.bouncycastle.asn1.cms.ContentInfo.getInstance(der.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return broken(name, reason, signedAt, "The signature holds " + signers.size() + " signers.");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return broken(name, reason, signedAt, "The signer's certificate is not embedded.");
            }
            X509CertificateHolder certificate = matches.iterator().next();
            boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            Optional<Instant> stampedAt = Optional.empty();
            boolean stampValid = false;
            Attribute stamp = signer.getUnsignedAttributes() == null ? null
                    : signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            if (stamp != null) {
                TimeStampToken token = new TimeStampToken(new CMSSignedData(
                        stamp.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
                stampedAt = Optional.of(token.getTimeStampInfo().getGenTime().toInstant());
                stampValid = stampValid(token, signer.getSignature());
            }
            return new Check(name, reason, signedAt, certificate.getSubject().toString(),
                    certificate.getIssuer().toString(), sha256Hex(certificate.getEncoded()),
                    certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), intact,
                    wholeRevision, coversWholeFile, stampedAt, stampValid, null);
        } catch (IOException | CMSException | OperatorCreationException | CertificateException | TSPException
                | RuntimeException e) {
            return broken(name, reason, signedAt, "The signature cannot be read: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        }
    }

    private static boolean stampValid(TimeStampToken token, byte[] signatureValue) {
        try {
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> tsa = token.getCertificates().getMatches(token.getSID());
            if (tsa.isEmpty()) {
                return false;
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.iterator().next()));
            return MessageDigest.isEqual(token.getTimeStampInfo().getMessageImprintDigest(),
                    MessageDigest.getInstance("SHA-256").digest(signatureValue));
        } catch (TSPException | OperatorCreationException | CertificateException | NoSuchAlgorithmException e) {
            return false;
        }
    }

    private static Check broken(String name, String reason, Instant signedAt, String problem) {
        return new Check(name, reason, signedAt, "", "", "", Instant.EPOCH, Instant.EPOCH, false, false, false,
                Optional.empty(), false, problem);
    }

    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(TimeStampClient.sha256(data));
    }
}
