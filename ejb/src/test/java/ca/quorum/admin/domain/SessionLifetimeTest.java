package ca.quorum.admin.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    private static final Instant SIGNED_IN = Instant.parse("2027-11-07T05:30:00Z"); // a clock-change night

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverBusy() {
        assertFalse(SessionLifetime.expired(SIGNED_IN, SIGNED_IN.plusSeconds(12 * 3600 - 1), 12));
        assertTrue(SessionLifetime.expired(SIGNED_IN, SIGNED_IN.plusSeconds(12 * 3600), 12));
    }

    @Test
    void aSessionWithoutASignInTimeOrANonsenseLimitIsTreatedSafely() {
        assertTrue(SessionLifetime.expired(null, SIGNED_IN, 12), "no sign-in time: ended");
        assertTrue(SessionLifetime.expired(SIGNED_IN, SIGNED_IN.plusSeconds(3600), 0), "at least one hour, no more");
    }

    @Test
    void aLifetimeInMinutesEndsTheSessionThenAndNeverUnderAMinute() {
        assertFalse(SessionLifetime.expired(SIGNED_IN, SIGNED_IN.plusSeconds(59), java.time.Duration.ofMinutes(1)));
        assertTrue(SessionLifetime.expired(SIGNED_IN, SIGNED_IN.plusSeconds(60), java.time.Duration.ofMinutes(1)));
        assertFalse(SessionLifetime.expired(SIGNED_IN, SIGNED_IN.plusSeconds(30), java.time.Duration.ofSeconds(5)),
                "at least a minute");
    }

    @Test
    void aSessionEndsWhenTheAccountIsDisabledOrItsCredentialsChanged() {
        assertTrue(SessionLifetime.current(3, true, 3));
        assertFalse(SessionLifetime.current(3, false, 3), "disabled");
        assertFalse(SessionLifetime.current(3, true, 4), "roles or password changed since");
    }

    @Test
    void changingRolesDisablingAndResettingEachMoveTheEpochButGrantingTheSameRolesDoesNot() {
        UserAccount account = new UserAccount(new NewUser("jsmith", "Jo Smith", "jo@example.org",
                "a long passphrase", EnumSet.of(Role.CLERK)), "hash");
        assertEquals(0, account.credentialsEpoch());
        account.grantOnly(EnumSet.of(Role.CLERK));
        assertEquals(0, account.credentialsEpoch(), "the same roles: sessions go on");
        account.grantOnly(EnumSet.of(Role.CLERK, Role.CHAIR));
        assertEquals(1, account.credentialsEpoch(), "even a role added ends sessions (they carry the old roles)");
        account.changePasswordHash("another");
        assertEquals(2, account.credentialsEpoch());
        account.disable();
        assertEquals(3, account.credentialsEpoch());
    }
}
