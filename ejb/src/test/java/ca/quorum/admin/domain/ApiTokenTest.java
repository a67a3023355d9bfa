package ca.quorum.admin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ca.quorum.shared.domain.RuleViolation;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2028-02-28T12:00:00Z");

    private static ApiToken token(int days) {
        return new ApiToken(7, "  nightly export  ", TokenScope.READ, days, "a".repeat(64), NOW);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({"READ,GET,true", "READ,head,true", "READ,OPTIONS,true", "READ,POST,false", "READ,PUT,false",
        "READ,DELETE,false", "READ,PATCH,false", "WRITE,GET,true", "WRITE,POST,true", "WRITE,DELETE,true"})
    void aReadTokenOnlyReadsAndAWriteTokenDoesBoth(TokenScope scope, String method, boolean permitted) {
        assertEquals(permitted, scope.permits(method));
    }

    @Test
    void aMethodMissingIsNotPermittedToAReadToken() {
        assertFalse(TokenScope.READ.permits(null));
    }

    @Test
    void scopesAreNamedReadOrWriteInAnyCase() {
        assertEquals(Optional.of(TokenScope.READ), TokenScope.parse(" read "));
        assertEquals(Optional.of(TokenScope.WRITE), TokenScope.parse("WRITE"));
        assertEquals(Optional.empty(), TokenScope.parse("admin"));
        assertEquals(Optional.empty(), TokenScope.parse(null));
    }

    @Test
    void aTokenWorksUntilItExpiresAcrossALeapDay() {
        ApiToken token = token(2);
        assertEquals("nightly export", token.name(), "the name is trimmed");
        assertEquals(Instant.parse("2028-03-01T12:00:00Z"), token.expiresAt(), "2028-02-29 exists");
        assertTrue(token.usableAt(NOW));
        assertTrue(token.usableAt(token.expiresAt().minusMillis(1)));
        assertFalse(token.usableAt(token.expiresAt()), "expired at the instant it ends");
    }

    @Test
    void aRevokedTokenStopsAtOnceAndKeepsItsFirstRevocation() {
        ApiToken token = token(90);
        token.revoke("admin@lakeview-harbour", ApiToken.Revocation.BY_ADMINISTRATOR, NOW.plusSeconds(60));
        token.revoke("jo@lakeview-harbour", ApiToken.Revocation.BY_OWNER, NOW.plusSeconds(120));
        assertFalse(token.usableAt(NOW.plusSeconds(61)));
        assertEquals(ApiToken.Revocation.BY_ADMINISTRATOR, token.revokedBecause());
        assertEquals(NOW.plusSeconds(60), token.revokedAt());
    }

    @ParameterizedTest(name = "{0} days")
    @CsvSource({"0", "-1", "367", "100000"})
    void aLifetimeOutsideOneToThreeHundredSixtySixDaysIsRefused(int days) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> token(days));
        assertEquals("token.lifetime", refused.key());
        assertTrue(refused.reasons(Locale.FRENCH).get(0).contains("366 jours"), refused.reasons(Locale.FRENCH)
                .toString());
    }

    @Test
    void theLongestAndShortestLifetimesAreAccepted() {
        assertEquals(NOW.plus(Duration.ofDays(1)), token(1).expiresAt());
        assertEquals(NOW.plus(Duration.ofDays(366)), token(366).expiresAt());
    }

    @Test
    void everyProblemOfABadTokenIsSaidAtOnce() {
        List<RuleViolation.Refusal> problems = ApiToken.problems(" ", null, 0);
        assertEquals(List.of("token.nameRequired", "token.scopeRequired", "token.lifetime"),
                problems.stream().map(RuleViolation.Refusal::key).toList());
        assertEquals(List.of("token.nameTooLong"), ApiToken.problems("x".repeat(81), TokenScope.WRITE, 30).stream()
                .map(RuleViolation.Refusal::key).toList());
        assertTrue(ApiToken.problems("x".repeat(80), TokenScope.WRITE, 30).isEmpty());
    }
}
