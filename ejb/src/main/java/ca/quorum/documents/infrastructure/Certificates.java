package ca.quorum.documents.infrastructure;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Keys and X.509 certificates: a municipality's own signing certificate, and PKCS#12 files in and out. */
public final class Certificates {

    /** A private key with its certificate chain (the certificate first). */
    public record KeyAndChain(PrivateKey key, List<X509Certificate> chain) {
    }

    /** What a certificate is for. */
    public enum Purpose {
        CA, DOCUMENT_SIGNING, TIME_STAMPING
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private Certificates() {
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Issues a certificate. {@code issuerKey}/{@code issuer} null makes it self-issued (signed with its own key).
     *
     * @param crlUrl a CRL distribution point to name, if any
     */
    public static X509Certificate issue(String subject, KeyPair keys, PrivateKey issuerKey, X509Certificate issuer,
            Instant notBefore, Instant notAfter, Purpose purpose, Optional<String> crlUrl) {
        try {
            X500Name subjectName = name(subject);
            X500Name issuerName = issuer == null ? subjectName
                    : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    new BigInteger(96, RANDOM).abs().add(BigInteger.ONE), Date.from(notBefore), Date.from(notAfter),
                    subjectName, keys.getPublic());
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    utils.createSubjectKeyIdentifier(keys.getPublic()));
            if (issuer != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        utils.createAuthorityKeyIdentifier(issuer));
            }
            switch (purpose) {
                case CA -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                    builder.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
                }
                case DOCUMENT_SIGNING -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                }
                case TIME_STAMPING -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                    builder.addExtension(Extension.extendedKeyUsage, true,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                }
            }
            if (crlUrl.isPresent()) {
                GeneralNames names = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier,
                        crlUrl.get()));
                builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(
                        new DistributionPoint[] {new DistributionPoint(new DistributionPointName(names), null, null)}));
            }
            PrivateKey signer = issuerKey == null ? keys.getPrivate() : issuerKey;
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(signer)));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("could not issue a certificate: " + e.getMessage(), e);
        }
    }

    /** A name written as RFC 2253 prints it ("CN=..., O=..., C=CA"), encoded most general first as X.509 does. */
    private static X500Name name(String rfc2253) {
        org.bouncycastle.asn1.x500.RDN[] rdns = new X500Name(rfc2253).getRDNs();
        java.util.Collections.reverse(java.util.Arrays.asList(rdns));
        return new X500Name(rdns);
    }

    /** A PKCS#12 file holding one key and its chain, under {@code password}. */
    public static byte[] pkcs12(KeyAndChain entry, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signing", entry.key(), password, entry.chain().toArray(X509Certificate[]::new));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens a PKCS#12 file: its first private key entry with the chain. Refuses, with a message a person can act on,
     * a wrong password, a file that is not PKCS#12, or one without a private key.
     */
    public static KeyAndChain open(byte[] pkcs12, char[] password) {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new java.io.ByteArrayInputStream(pkcs12), password);
        } catch (java.io.IOException e) {
            if (e.getCause() instanceof java.security.UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).toLowerCase().contains("password")) {
                throw new ca.quorum.shared.domain.RuleViolation(
                        "The keystore password is wrong; nothing was signed or stored.");
            }
            throw new ca.quorum.shared.domain.RuleViolation("The file is not a PKCS#12 keystore (.p12 or .pfx).");
        } catch (GeneralSecurityException e) {
            throw new ca.quorum.shared.domain.RuleViolation("The keystore cannot be opened: " + e.getMessage());
        }
        try {
            for (String alias : java.util.Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) store.getKey(alias, password);
                    List<X509Certificate> chain = java.util.Arrays.stream(store.getCertificateChain(alias))
                            .map(X509Certificate.class::cast).toList();
                    return new KeyAndChain(key, chain);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new ca.quorum.shared.domain.RuleViolation(
                    "The keystore password is wrong; nothing was signed or stored.");
        }
        throw new ca.quorum.shared.domain.RuleViolation("The keystore holds no private key.");
    }
}
