package ca.quorum.documents.infrastructure;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;


/**
 * Encrypts secrets at rest (keystores, keystore passwords) with AES-256-GCM under the server's key
 * ({@link ca.quorum.shared.infrastructure.ServerKey}). The database alone never holds what opens a keystore. Each
 * value is a random 12-byte nonce followed by the ciphertext and tag; the additional data binds it to its use, its
 * municipality and its row, so that a sealed value copied to another row or town does not open.
 */
public final class KeyVault {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile SecretKey key;

    private KeyVault() {
    }

    public static byte[] seal(byte[] plain, String purpose) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] open(byte[] sealed, String purpose) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, sealed, 0, 12));
            cipher.updateAAD(purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, 12, sealed.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored secret cannot be opened with this server's key "
                    + "(QUORUM_SECRET_KEY or quorum-secret.key changed?)", e);
        }
    }

    private static SecretKey key() {
        SecretKey k = key;
        if (k == null) {
            synchronized (KeyVault.class) {
                if (key == null) {
                    key = new SecretKeySpec(ca.quorum.shared.infrastructure.ServerKey.master(), "AES");
                }
                k = key;
            }
        }
        return k;
    }
}
