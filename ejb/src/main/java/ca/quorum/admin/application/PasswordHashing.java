package ca.quorum.admin.application;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Password hashing with the JDK's PBKDF2 (JCA {@code PBKDF2WithHmacSHA512}) at OWASP's 2023 setting: 210,000
 * iterations, 32-byte salt, 64-byte key. Stored as {@code PBKDF2WithHmacSHA512:iterations:salt:hash} (Base64), the
 * format of Jakarta Security's {@code Pbkdf2PasswordHash}, so the hashes stay readable by a standard identity store;
 * each hash carries its own parameters, so raising the cost later keeps old hashes verifiable. (Jakarta Security's
 * bean is only available in deployments that activate Jakarta Security, which the service layer must not depend
 * on.)
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 64;

    private final SecureRandom random = new SecureRandom();

    /** A valid hash of a random secret: verified against when the user name is unknown, so timing reveals nothing. */
    private final String decoy = hash(Long.toHexString(new SecureRandom().nextLong()) + "-decoy");

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(ALGORITHM, password.toCharArray(), salt, ITERATIONS, KEY_BYTES);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    public boolean matches(String password, String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4 || !parts[0].startsWith("PBKDF2WithHmac")) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(parts[0], password.toCharArray(), salt, iterations, expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** Spends the same time as a real verification, for an unknown user. */
    public void verifyDecoy(String password) {
        matches(password, decoy);
    }

    private static byte[] derive(String algorithm, char[] password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot hash with " + algorithm, e);
        } finally {
            spec.clearPassword();
        }
    }
}
