package ca.quorum.admin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2027-03-16T23:00:00Z");

    @Test
    void nobodyWaitsWithoutFailuresOrAfterAFewOfThem() {
        assertEquals(Optional.empty(), SignInThrottle.wait(0, 0, null, NOW));
        assertEquals(Optional.empty(), SignInThrottle.wait(2, 2, NOW, NOW), "two typos cost nothing");
    }

    @ParameterizedTest(name = "{0} failures from one address: wait {1} s")
    @CsvSource({"3,2", "4,4", "5,8", "6,16", "7,32", "8,60", "9,60"})
    void eachFurtherFailureDoublesTheWaitUpToAMinute(int failures, long seconds) {
        assertEquals(Optional.of(Duration.ofSeconds(seconds)), SignInThrottle.wait(failures, failures, NOW, NOW));
        assertEquals(Optional.empty(), SignInThrottle.wait(failures, failures, NOW.minusSeconds(seconds), NOW),
                "waited out");
    }

    @Test
    void tenFailuresFromOneAddressLockItOutForFifteenMinutes() {
        assertEquals(Optional.of(Duration.ofMinutes(15)), SignInThrottle.wait(10, 10, NOW, NOW));
        assertEquals(Optional.of(Duration.ofMinutes(5)), SignInThrottle.wait(10, 10, NOW.minusSeconds(600), NOW));
        assertEquals(Optional.empty(), SignInThrottle.wait(10, 10, NOW.minusSeconds(900), NOW));
    }

    @Test
    void anotherAddressIsNotSlowedByOneAttackerButTheAccountLocksAtAHundred() {
        assertEquals(Optional.empty(), SignInThrottle.wait(0, 99, NOW, NOW), "the real user's address");
        assertEquals(Optional.of(Duration.ofMinutes(15)), SignInThrottle.wait(0, 100, NOW, NOW),
                "guessing from many addresses locks the account itself");
    }

    @Test
    void failuresAreForgottenAfterFifteenMinutes() {
        assertTrue(SignInThrottle.forgotten(NOW.minusSeconds(901), NOW));
        assertFalse(SignInThrottle.forgotten(NOW.minusSeconds(899), NOW));
    }

    @Test
    void anAttackerOnOneAddressGetsAboutTenGuessesInFifteenMinutes() {
        // the guesses an attacker who always waits exactly as long as told gets through in the first 15 minutes
        Instant t = NOW;
        int failures = 0;
        Instant last = null;
        while (t.isBefore(NOW.plus(Duration.ofMinutes(15)))) {
            Optional<Duration> wait = SignInThrottle.wait(failures, failures, last, t);
            if (wait.isPresent()) {
                t = t.plus(wait.get());
                continue;
            }
            failures++;
            last = t;
        }
        assertEquals(SignInThrottle.ADDRESS_LOCK, failures, "then the address is locked out");
    }
}
