package ca.quorum.admin.application;

import java.util.Set;

/**
 * A user whose password matched. The principal name the container carries is {@code username@municipality}, so that
 * every layer can tell which municipality a caller belongs to. {@code signedInAt} and {@code credentialsEpoch} let a
 * session be ended ({@link ca.quorum.admin.domain.SessionLifetime}).
 */
public record SignedInUser(String municipality, String username, String displayName, Set<String> roles,
        java.time.Instant previousSignIn, String previousAddress, java.time.Instant signedInAt,
        int credentialsEpoch) implements java.io.Serializable {

    /** A user for whom no earlier sign-in is known, signed in now. */
    public SignedInUser(String municipality, String username, String displayName, Set<String> roles) {
        this(municipality, username, displayName, roles, null, null, java.time.Instant.now(), 0);
    }

    public String principalName() {
        return principalName(municipality, username);
    }

    public static String principalName(String municipality, String username) {
        return username + "@" + municipality;
    }

    /** The municipality of a principal name, or empty for names not made by {@link #principalName}. */
    public static java.util.Optional<String> municipalityOf(String principalName) {
        int at = principalName == null ? -1 : principalName.lastIndexOf('@');
        return at < 1 ? java.util.Optional.empty() : java.util.Optional.of(principalName.substring(at + 1));
    }
}
