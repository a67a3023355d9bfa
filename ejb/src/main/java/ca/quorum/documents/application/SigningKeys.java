package ca.quorum.documents.application;

import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import ca.quorum.admin.domain.Municipality;
import ca.quorum.admin.domain.Roles;
import ca.quorum.documents.domain.SigningKey;
import ca.quorum.documents.infrastructure.Certificates;
import ca.quorum.documents.infrastructure.KeyVault;
import ca.quorum.documents.infrastructure.PadesSigner;
import ca.quorum.documents.infrastructure.SignatureInspector;
import ca.quorum.documents.infrastructure.TimeStampClient;
import ca.quorum.shared.application.Caller;
import ca.quorum.shared.audit.application.AuditLog;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Signing keys. Two kinds, as docs/ARCHITECTURE.md explains: the municipality's certificate (installed from a
 * PKCS#12 file, or, until one is installed, a certificate the municipality issues itself on first use), used on
 * behalf of the chair and the clerk; or a person's own PKCS#12 file, stored encrypted and opened with the password
 * its owner types at signing. Also the municipality's time-stamp authority.
 */
@Stateless
@RolesAllowed({Roles.ADMINISTRATOR, Roles.CLERK, Roles.CHAIR, Roles.SYSTEM})
public class SigningKeys {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEYSTORE = "signing-keystore";
    private static final String PASSWORD = "signing-keystore-password";

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Resource
    SessionContext session;

    /** The municipality's current certificate, issued now by the municipality itself if it has none. */
    public KeyInfo municipalityKey() {
        return info(municipal().orElseGet(this::issueMunicipal));
    }

    /** The caller's own certificate, if they uploaded one. */
    @RolesAllowed({Roles.CLERK, Roles.CHAIR})
    public Optional<KeyInfo> myKey() {
        return personal(Caller.username(session)).map(SigningKeys::info);
    }

    /** Installs the municipality's certificate from a PKCS#12 file; the previous one stays for verification. */
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CLERK})
    public KeyInfo installMunicipalityKeystore(byte[] pkcs12, String password) {
        Certificates.KeyAndChain opened = checked(pkcs12, password);
        municipal().ifPresent(k -> k.replace(Instant.now()));
        em.flush();
        SigningKey key = store(null, opened, pkcs12, password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return info(key);
    }

    /** Stores the caller's own PKCS#12 file (encrypted); its password is not kept, it is typed to sign. */
    @RolesAllowed({Roles.CLERK, Roles.CHAIR})
    public KeyInfo uploadMyKeystore(byte[] pkcs12, String password) {
        Certificates.KeyAndChain opened = checked(pkcs12, password);
        String me = Caller.username(session);
        personal(me).ifPresent(k -> k.replace(Instant.now()));
        em.flush();
        return info(store(me, opened, pkcs12, null));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CLERK})
    public void useTimeStampAuthority(String url) {
        Municipality m = em.find(Municipality.class, TenantContext.require(), LockModeType.PESSIMISTIC_WRITE);
        m.useTimeStampAuthority(url);
        audit.record("TimeStampAuthoritySet", "municipality", m.slug(),
                Map.of("url", m.timeStampAuthority().map(Object::toString).orElse("")));
    }

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.CLERK, Roles.CHAIR, Roles.SYSTEM, Roles.RECORDS_MANAGER})
    public Optional<TimeStampClient> timeStampAuthority() {
        return em.find(Municipality.class, TenantContext.require()).timeStampAuthority().map(TimeStampClient::new);
    }

    /**
     * The key the caller signs with: their own (opened with {@code password}, refused when it is missing or wrong),
     * else the municipality's. {@code name} goes into the signature as the signer's name.
     */
    @RolesAllowed({Roles.CLERK, Roles.CHAIR})
    public PadesSigner.Credential credential(String name, String password) {
        Optional<SigningKey> own = personal(Caller.username(session));
        if (own.isPresent()) {
            if (password == null || password.isEmpty()) {
                throw RuleViolation.because("signing.youSignWithYourOwnCertificate");
            }
            Certificates.KeyAndChain opened = Certificates.open(opened(own.get(), KEYSTORE), password.toCharArray());
            return new PadesSigner.Credential(opened.key(), opened.chain(), name);
        }
        SigningKey municipal = municipal().orElseGet(this::issueMunicipal);
        Certificates.KeyAndChain opened = Certificates.open(opened(municipal, KEYSTORE),
                new String(opened(municipal, PASSWORD), java.nio.charset.StandardCharsets.UTF_8).toCharArray());
        return new PadesSigner.Credential(opened.key(), opened.chain(), name);
    }

    /**
     * The municipality's own key, for what the municipality signs as itself rather than a person (a certificate of
     * destruction); {@code name} goes into the signature as the signer's name.
     */
    @RolesAllowed({Roles.RECORDS_MANAGER, Roles.SYSTEM})
    public PadesSigner.Credential municipalCredential(String name) {
        SigningKey municipal = municipal().orElseGet(this::issueMunicipal);
        Certificates.KeyAndChain opened = Certificates.open(opened(municipal, KEYSTORE),
                new String(opened(municipal, PASSWORD), java.nio.charset.StandardCharsets.UTF_8).toCharArray());
        return new PadesSigner.Credential(opened.key(), opened.chain(), name);
    }

    /** Whether a certificate (by fingerprint) is, or was, one of this municipality's signing keys. */
    @jakarta.annotation.security.PermitAll
    public boolean known(String certificateSha256) {
        return !em.createQuery("select k.id from SigningKey k where k.certificateSha256 = :sha", Long.class)
                .setParameter("sha", certificateSha256).getResultList().isEmpty();
    }

    private Certificates.KeyAndChain checked(byte[] pkcs12, String password) {
        if (pkcs12 == null || pkcs12.length == 0) {
            throw RuleViolation.because("signing.chooseAPkcsKeystoreFileP");
        }
        Certificates.KeyAndChain opened = Certificates.open(pkcs12, password == null ? new char[0]
                : password.toCharArray());
        X509Certificate certificate = opened.chain().get(0);
        if (Instant.now().isAfter(certificate.getNotAfter().toInstant())) {
            throw RuleViolation.because("signing.theCertificateInThisKeystoreExpired",
                    certificate.getNotAfter().toInstant());
        }
        return opened;
    }

    /**
     * What a sealed value of a signing key is bound to (the additional data of its encryption): its use, the
     * municipality, and its row (owner and certificate). A sealed keystore copied to another row or municipality does
     * not open.
     */
    private static String bound(String purpose, String owner, String certificateSha256) {
        return "quorum|" + purpose + "|" + TenantContext.require() + "|signing_key|"
                + (owner == null ? "(municipality)" : owner) + "|" + certificateSha256;
    }

    /**
     * Opens a sealed value of a key. A value sealed before values were bound to their row opens with its purpose
     * alone once, and is sealed again, bound, on the spot.
     */
    private byte[] opened(SigningKey key, String purpose) {
        byte[] sealed = purpose.equals(KEYSTORE) ? key.keystore() : key.password();
        String bound = bound(purpose, key.owner(), key.certificateSha256());
        try {
            return KeyVault.open(sealed, bound);
        } catch (IllegalStateException notBound) {
            byte[] plain = KeyVault.open(sealed, purpose);
            byte[] keystore = KeyVault.open(key.keystore(), KEYSTORE);
            key.reseal(KeyVault.seal(keystore, bound(KEYSTORE, key.owner(), key.certificateSha256())),
                    key.password() == null ? null : KeyVault.seal(KeyVault.open(key.password(), PASSWORD),
                            bound(PASSWORD, key.owner(), key.certificateSha256())));
            audit.record("SigningKeyResealed", "signing-key", Long.toString(key.id()), Map.of("subject",
                    key.subject()));
            return plain;
        }
    }

    private SigningKey store(String owner, Certificates.KeyAndChain opened, byte[] pkcs12, byte[] plainPassword) {
        X509Certificate certificate = opened.chain().get(0);
        try {
            String sha256 = SignatureInspector.sha256Hex(certificate.getEncoded());
            SigningKey key = new SigningKey(owner, certificate.getSubjectX500Principal().getName(), sha256,
                    certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                    KeyVault.seal(pkcs12, bound(KEYSTORE, owner, sha256)), plainPassword == null ? null
                            : KeyVault.seal(plainPassword, bound(PASSWORD, owner, sha256)),
                    Caller.principalOrSystem(session), Instant.now());
            em.persist(key);
            em.flush();
            audit.record("SigningKeyInstalled", "signing-key", Long.toString(key.id()), Map.of(
                    "owner", owner == null ? "(municipality)" : owner, "subject", key.subject(),
                    "certificateSha256", key.certificateSha256(), "notAfter", key.notAfter().toString()));
            return key;
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The municipality's own certificate: self-issued, five years, RSA-2048, for document signing. */
    private SigningKey issueMunicipal() {
        Municipality m = em.find(Municipality.class, TenantContext.require(), LockModeType.PESSIMISTIC_WRITE);
        Optional<SigningKey> raced = municipal();
        if (raced.isPresent()) {
            return raced.get();
        }
        var keys = Certificates.rsa();
        Instant now = Instant.now();
        String subject = "CN=" + dn(m.name()) + " Records Signing,O=" + dn(m.name()) + ",C=CA";
        X509Certificate certificate = Certificates.issue(subject, keys, null, null, now.minus(Duration.ofMinutes(5)),
                now.plus(Duration.ofDays(5 * 365)), Certificates.Purpose.DOCUMENT_SIGNING, Optional.empty());
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String password = Base64.getEncoder().encodeToString(secret);
        byte[] pkcs12 = Certificates.pkcs12(new Certificates.KeyAndChain(keys.getPrivate(), List.of(certificate)),
                password.toCharArray());
        return store(null, new Certificates.KeyAndChain(keys.getPrivate(), List.of(certificate)), pkcs12,
                password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String dn(String value) {
        return value.replaceAll("[,+=\"\\\\<>;#]", " ").strip();
    }

    private Optional<SigningKey> municipal() {
        return em.createQuery("select k from SigningKey k where k.owner is null and k.replacedAt is null",
                SigningKey.class).getResultStream().findFirst();
    }

    private Optional<SigningKey> personal(String username) {
        return em.createQuery("select k from SigningKey k where k.owner = :o and k.replacedAt is null",
                SigningKey.class).setParameter("o", username).getResultStream().findFirst();
    }

    private static KeyInfo info(SigningKey key) {
        return new KeyInfo(key.owner(), key.subject(), key.notBefore(), key.notAfter(), key.certificateSha256());
    }
}
