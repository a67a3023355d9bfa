package ca.quorum.shared.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals on the audit chain with a key kept outside the database (OWASP ASVS 5.0 V16.4: logs protected from
 * modification): the head (last sequence and hash) after every entry, and each day's last entry as an anchor that is
 * also published ({@code GET /api/m/{municipality}/audit/anchors}). Someone who can write to the database can rewrite
 * entries and recompute every hash and the head, but cannot seal them: {@code ./quorum verify-audit} with the key,
 * and the administrator's check, then say the chain was rewritten; a published anchor kept by anyone shows it even
 * without the key.
 */
public final class AuditSeal {

    /** The label the audit's key is derived under from the server's key. */
    public static final String KEY_LABEL = "quorum audit seal v1";

    private AuditSeal() {
    }

    /** The seal of a chain's head. */
    public static String head(byte[] key, String tenant, long sequence, String hash) {
        return mac(key, "head|" + tenant + "|" + sequence + "|" + hash);
    }

    /** The seal of a day's anchor: the chain's last entry that day. */
    public static String anchor(byte[] key, String tenant, LocalDate day, long sequence, String hash) {
        return mac(key, "anchor|" + tenant + "|" + day + "|" + sequence + "|" + hash);
    }

    /** Whether a stored seal is the expected one (in constant time); a missing seal never is. */
    public static boolean matches(String expected, String stored) {
        return stored != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                stored.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private static String mac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
