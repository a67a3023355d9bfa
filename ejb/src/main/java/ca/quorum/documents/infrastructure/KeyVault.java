package ca.quorum.documents.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import ca.quorum.shared.infrastructure.Configuration;

/**
 * Encrypts secrets at rest (keystores, keystore passwords) with AES-256-GCM under the server's key:
 * {@code QUORUM_SECRET_KEY} (32 bytes, Base64) when set, otherwise a key generated once into the server's data folder
 * ({@code quorum-secret.key}, readable by its owner only). The database alone never holds what opens a keystore.
 * Each value is a random 12-byte nonce followed by the ciphertext and tag; the additional data binds it to its use.
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
                    key = new SecretKeySpec(load(), "AES");
                }
                k = key;
            }
        }
        return k;
    }

    private static byte[] load() {
        var configured = Configuration.get("QUORUM_SECRET_KEY");
        if (configured.isPresent()) {
            byte[] bytes = Base64.getDecoder().decode(configured.get());
            if (bytes.length != 32) {
                throw new IllegalStateException("QUORUM_SECRET_KEY must be 32 bytes in Base64");
            }
            return bytes;
        }
        Path file = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "quorum-secret.key");
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Path temp = Files.createTempFile(file.getParent(), "secret", ".tmp");
                try {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the folder's own protection applies
                }
                Files.write(temp, Base64.getEncoder().encode(fresh), StandardOpenOption.TRUNCATE_EXISTING);
                try {
                    Files.createLink(file, temp); // never replaces a key another process wrote first
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // that one is the key
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            byte[] bytes = Base64.getDecoder().decode(Files.readAllBytes(file));
            if (bytes.length != 32) {
                throw new IllegalStateException(file + " does not hold a 32-byte key");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
