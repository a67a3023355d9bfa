package ca.quorum.documents.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Adds a PAdES signature (ETSI EN 319 142, SubFilter {@code ETSI.CAdES.detached}) to a PDF as an incremental update,
 * so every earlier signature stays valid:
 * <ul>
 * <li>B-B: a detached CMS over the byte range with the signing-certificate-v2 attribute, no signing-time attribute
 * (the time is the signature dictionary's /M), and the certificate chain embedded;</li>
 * <li>B-T: when a time-stamp authority is given, an RFC 3161 token over the signature value as an unsigned
 * attribute;</li>
 * <li>validation data: when a certificate of the chain names a CRL distribution point that answers, a further
 * incremental update adds a DSS dictionary with the chain and the CRLs.</li>
 * </ul>
 * The signature's own update is written by {@link SignatureIncrement}; the DSS update by PDFBox.
 */
public final class PadesSigner {

    /** The signing key, its certificate first and then its issuers, and the signer's name and role for /Name. */
    public record Credential(PrivateKey key, List<X509Certificate> chain, String name) {

        public X509Certificate certificate() {
            return chain.get(0);
        }
    }

    /** Room for the CMS beyond its certificates: signer info, attributes, and a time-stamp token with its own. */
    private static final int CMS_SPACE = 4_096;
    private static final int TIME_STAMP_SPACE = 12_288;

    private PadesSigner() {
    }

    public static byte[] sign(byte[] pdf, Credential credential, String reason, String location, Instant at,
            Optional<TimeStampClient> authority) {
        requireValid(credential.certificate(), at);
        try {
            int space = CMS_SPACE + (authority.isPresent() ? TIME_STAMP_SPACE : 0);
            for (X509Certificate certificate : credential.chain()) {
                space += certificate.getEncoded().length;
            }
            SignatureIncrement.Prepared prepared = SignatureIncrement.prepare(pdf, credential.name(), reason,
                    location, at, space);
            byte[] signed = prepared.withSignature(cms(prepared.signedContent(), credential, authority));
            return withValidationData(signed, credential.chain());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses a certificate that has expired or is not yet valid at the time of signing. */
    public static void requireValid(X509Certificate certificate, Instant at) {
        String who = certificate.getSubjectX500Principal().getName();
        if (at.isAfter(certificate.getNotAfter().toInstant())) {
            throw new ca.quorum.shared.domain.RuleViolation("The signing certificate (" + who + ") expired on "
                    + certificate.getNotAfter().toInstant() + "; nothing was signed. Install a current certificate.");
        }
        if (at.isBefore(certificate.getNotBefore().toInstant())) {
            throw new ca.quorum.shared.domain.RuleViolation("The signing certificate (" + who + ") is not valid "
                    + "until " + certificate.getNotBefore().toInstant() + "; nothing was signed.");
        }
    }

    static byte[] cms(InputStream content, Credential credential, Optional<TimeStampClient> authority)
            throws IOException {
        try {
            X509Certificate certificate = credential.certificate();
            String algorithm = credential.key().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    TimeStampClient.sha256(certificate.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(
                            X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                            certificate.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id}))));
            CMSAttributeTableGenerator signedAttributes = new DefaultSignedAttributeTableGenerator(
                    new AttributeTable(attributes)) {
                @Override
                @SuppressWarnings({"rawtypes", "unchecked"})
                protected Hashtable createStandardAttributeTable(Map parameters) {
                    Hashtable table = super.createStandardAttributeTable(parameters);
                    table.remove(CMSAttributes.signingTime); // PAdES: the time is /M, or the time-stamp's
                    return table;
                }
            };
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).setSignedAttributeGenerator(signedAttributes)
                    .build(new JcaContentSignerBuilder(algorithm).build(credential.key()), certificate));
            generator.addCertificates(new JcaCertStore(credential.chain()));
            CMSSignedData signed = generator.generate(new StreamedContent(content), false);
            if (authority.isPresent()) {
                signed = withTimeStamp(signed, authority.get());
            }
            return signed.getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IllegalStateException("could not sign: " + e.getMessage(), e);
        }
    }

    private static CMSSignedData withTimeStamp(CMSSignedData signed, TimeStampClient authority) throws IOException {
        List<SignerInformation> signers = new ArrayList<>();
        for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
            byte[] token = authority.stamp(signer.getSignature()).getEncoded();
            ASN1EncodableVector unsigned = new ASN1EncodableVector();
            unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(ASN1Primitive.fromByteArray(token))));
            signers.add(SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned)));
        }
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(signers));
    }

    /** Adds a DSS with the chain and its CRLs when any CRL can be fetched; otherwise returns the PDF unchanged. */
    static byte[] withValidationData(byte[] pdf, List<X509Certificate> chain) throws IOException {
        List<X509CRL> crls = new ArrayList<>();
        for (X509Certificate certificate : chain) {
            crls.addAll(fetchCrls(certificate));
        }
        if (crls.isEmpty()) {
            return pdf;
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            COSDictionary dss = new COSDictionary();
            COSArray certs = new COSArray();
            for (X509Certificate certificate : chain) {
                certs.add(stream(doc, certificate.getEncoded()));
            }
            COSArray crlArray = new COSArray();
            for (X509CRL crl : crls) {
                crlArray.add(stream(doc, crl.getEncoded()));
            }
            dss.setItem(COSName.getPDFName("Certs"), certs);
            dss.setItem(COSName.getPDFName("CRLs"), crlArray);
            certs.setNeedToBeUpdated(true);
            crlArray.setNeedToBeUpdated(true);
            dss.setNeedToBeUpdated(true);
            catalog.setItem(COSName.getPDFName("DSS"), dss);
            catalog.setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384);
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static COSStream stream(PDDocument doc, byte[] data) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(data);
        }
        stream.setNeedToBeUpdated(true);
        return stream;
    }

    /** The CRLs at the certificate's HTTP distribution points that answer with a CRL; none when none do. */
    private static List<X509CRL> fetchCrls(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.cRLDistributionPoints.getId());
        if (extension == null) {
            return List.of();
        }
        Set<String> urls = new LinkedHashSet<>();
        try {
            CRLDistPoint points = CRLDistPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(extension));
            for (DistributionPoint point : points.getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                        if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
                            String url = general.getName().toString();
                            if (url.startsWith("http://") || url.startsWith("https://")) {
                                urls.add(url);
                            }
                        }
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
        List<X509CRL> crls = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String url : urls) {
            try {
                HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() == 200) {
                    crls.add((X509CRL) CertificateFactory.getInstance("X.509")
                            .generateCRL(new java.io.ByteArrayInputStream(answer.body())));
                }
            } catch (IOException | GeneralSecurityException | RuntimeException e) {
                // no revocation data from this point: the signature is still made, without it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return crls;
            }
        }
        return crls;
    }

    /** The PDF's byte range, streamed once into the CMS generator. */
    private static final class StreamedContent implements CMSTypedData {
        private final InputStream in;

        StreamedContent(InputStream in) {
            this.in = in;
        }

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return PKCSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            in.transferTo(out);
        }

        @Override
        public Object getContent() {
            return in;
        }
    }
}
