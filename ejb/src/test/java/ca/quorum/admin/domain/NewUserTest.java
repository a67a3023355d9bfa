package ca.quorum.admin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NewUserTest {

    private static NewUser user(String username, String name, String email, String password) {
        return new NewUser(username, name, email, password, Set.of(Role.CLERK));
    }

    @Test
    void aValidCommandHasNoProblems() {
        NewUser u = user("  J.Tremblay ", " Jordan Tremblay ", "jt@example.org", "correct horse battery");
        assertEquals(java.util.List.of(), u.problems());
        assertEquals("j.tremblay", u.username());
        assertEquals("Jordan Tremblay", u.displayName());
    }

    @Test
    void everyProblemIsListedAtOnce() {
        NewUser u = user("x", "", "not-an-address", "short");
        assertEquals(4, u.problems().size(), u.problems().toString());
    }

    @Test
    void nullsAreProblemsNotCrashes() {
        NewUser u = new NewUser(null, null, null, null, null);
        assertEquals(4, u.problems().size());
        assertEquals(EnumSet.noneOf(Role.class), u.roles());
    }

    @Test
    void passwordPolicy() {
        assertEquals(Optional.empty(), PasswordPolicy.check("twelve chars", "bob"));
        assertTrue(PasswordPolicy.check("eleven char", "bob").isPresent());
        assertTrue(PasswordPolicy.check("x".repeat(129), "bob").isPresent());
        assertEquals(Optional.empty(), PasswordPolicy.check("x".repeat(127) + "y", "bob"));
        assertTrue(PasswordPolicy.check("my name is Clerk!", "clerk").isPresent());
        assertTrue(PasswordPolicy.check("aaaaaaaaaaaaaaaa", "bob").isPresent());
    }

    @Test
    void roleNamesRoundTrip() {
        for (Role role : Role.values()) {
            assertEquals(Optional.of(role), Role.fromRoleName(role.roleName()));
            assertEquals(Optional.of(role), Role.fromRoleName(role.name()));
        }
        assertEquals(Optional.empty(), Role.fromRoleName("mayor"));
    }

    @Test
    void municipalitySlugRules() {
        assertTrue(Municipality.SLUG.matcher("lakeview-harbour").matches());
        assertTrue(!Municipality.SLUG.matcher("Lakeview").matches());
        assertTrue(!Municipality.SLUG.matcher("1town").matches());
        assertTrue(!Municipality.SLUG.matcher("a").matches());
    }
}
