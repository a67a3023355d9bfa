package ca.quorum.admin.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing();

    @Test
    void aHashVerifiesItsPasswordOnly() {
        String hash = hashing.hash("correct horse battery staple");
        assertTrue(hashing.matches("correct horse battery staple", hash));
        assertFalse(hashing.matches("correct horse battery stapler", hash));
        assertFalse(hashing.matches("", hash));
    }

    @Test
    void eachHashHasItsOwnSaltAndTheJakartaSecurityFormat() {
        String a = hashing.hash("same password here");
        String b = hashing.hash("same password here");
        assertNotEquals(a, b);
        String[] parts = a.split(":");
        assertEquals(4, parts.length);
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertEquals("210000", parts[1]);
    }

    @Test
    void hashesWithOtherParametersStillVerify() throws Exception {
        // a hash made with fewer iterations and SHA-256, as an older setting would have stored it
        byte[] salt = "saltsaltsaltsalt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec("old password 1".toCharArray(), salt, 1000, 256))
                .getEncoded();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
        String old = "PBKDF2WithHmacSHA256:1000:" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
        assertTrue(hashing.matches("old password 1", old));
        assertFalse(hashing.matches("old password 2", old));
    }

    @Test
    void malformedHashesNeverVerify() {
        assertFalse(hashing.matches("anything", "garbage"));
        assertFalse(hashing.matches("anything", null));
        assertFalse(hashing.matches("anything", "PBKDF2WithHmacSHA512:x:y:z"));
        assertFalse(hashing.matches("anything", "MD5:1:c2FsdA==:aGFzaA=="));
    }
}
