package ca.quorum.admin.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Passwords follow NIST SP 800-63B: length over composition rules. At least 12 characters, at most 128, not the
 * user name, not one character repeated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The reason the password is refused, or empty when it is acceptable. */
    public static Optional<String> check(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("The password must have at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("The password must have at most " + MAX_LENGTH + " characters.");
        }
        if (username != null && !username.isEmpty()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the user name.");
        }
        if (password.chars().distinct().count() == 1) {
            return Optional.of("The password must not repeat a single character.");
        }
        return Optional.empty();
    }
}
