package ca.quorum.shared.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server's secret key, kept outside the database: {@code QUORUM_SECRET_KEY} (32 bytes, Base64) when set, otherwise
 * a key generated once into the server's data folder ({@code quorum-secret.key}, readable by its owner only). Each use
 * gets a key of its own derived from it ({@link #derived}: HMAC-SHA256 of the use's label), so that sealing keystores
 * and sealing the audit chain never share a key.
 */
public final class ServerKey {

    /** The key file's name in the server's data folder. */
    public static final String FILE = "quorum-secret.key";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile byte[] master;

    private ServerKey() {
    }

    /** The master key (created on first use when neither the setting nor the file exists). */
    public static byte[] master() {
        byte[] k = master;
        if (k == null) {
            synchronized (ServerKey.class) {
                if (master == null) {
                    master = load(Configuration.get("QUORUM_SECRET_KEY"), Path.of(System.getProperty(
                            "jboss.server.data.dir", System.getProperty("java.io.tmpdir")), FILE), true).orElseThrow();
                }
                k = master;
            }
        }
        return k.clone();
    }

    /** The key for one use, derived from the master key. */
    public static byte[] derived(String label) {
        return derive(master(), label);
    }

    /** HMAC-SHA256 of {@code label} under {@code key}. */
    public static byte[] derive(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The key from the setting, else from the file (made when {@code create} and it does not exist); empty when
     * neither holds one and nothing may be made (a tool run away from the server).
     */
    public static Optional<byte[]> load(Optional<String> configured, Path file, boolean create) {
        if (configured.isPresent() && !configured.get().isBlank()) {
            byte[] bytes = Base64.getDecoder().decode(configured.get().strip());
            if (bytes.length != 32) {
                throw new IllegalStateException("QUORUM_SECRET_KEY must be 32 bytes in Base64");
            }
            return Optional.of(bytes);
        }
        try {
            if (!Files.exists(file)) {
                if (!create) {
                    return Optional.empty();
                }
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
            byte[] bytes = Base64.getDecoder().decode(Files.readString(file).strip());
            if (bytes.length != 32) {
                throw new IllegalStateException(file + " does not hold a 32-byte key");
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
