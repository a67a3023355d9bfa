package ca.quorum.admin.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The command to create a user account, validated as a whole: {@link #problems()} lists every reason it would be
 * refused, so a form can show them all at once.
 */
public record NewUser(String username, String displayName, String email, String password, Set<Role> roles) {

    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public NewUser {
        username = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        displayName = displayName == null ? "" : displayName.strip();
        email = email == null ? "" : email.strip();
        password = password == null ? "" : password;
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Every rule the command breaks; empty when it can be carried out. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add("The user name must be 2 to 40 lower-case letters, digits, dots, hyphens or underscores.");
        }
        if (displayName.isEmpty() || displayName.length() > 120) {
            problems.add("The full name is required (at most 120 characters).");
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 200) {
            problems.add("The e-mail address is not valid.");
        }
        PasswordPolicy.check(password, username).ifPresent(problems::add);
        return problems;
    }
}
