package ca.quorum.admin.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How many wrong passwords a sign-in may follow before it is made to wait (OWASP ASVS 5.0 V6.3: anti-automation
 * without letting an attacker lock a real user out for long).
 * <ul>
 * <li>From one address, on one account: the first {@value #FREE} failures cost nothing; each further one makes that
 * address wait twice as long as the last (2 s, 4 s, 8 s, … at most {@value #MAX_DELAY_SECONDS} s); from
 * {@value #ADDRESS_LOCK} failures that address is locked out of that account for {@value #LOCK_MINUTES} minutes.</li>
 * <li>On one account from everywhere: only from {@value #ACCOUNT_LOCK} failures is the account itself locked, for
 * {@value #LOCK_MINUTES} minutes, so that guessing from many addresses is slowed without one attacker's address
 * keeping the real user out.</li>
 * <li>Failures older than {@value #LOCK_MINUTES} minutes are forgotten; a successful sign-in forgets that address's
 * failures.</li>
 * </ul>
 */
public final class SignInThrottle {

    public static final int FREE = 3;
    public static final int ADDRESS_LOCK = 10;
    public static final int ACCOUNT_LOCK = 100;
    public static final int LOCK_MINUTES = 15;
    public static final int MAX_DELAY_SECONDS = 60;

    private SignInThrottle() {
    }

    /**
     * How long a sign-in must still wait, or empty when it may be tried now.
     *
     * @param fromAddress   recent failures on this account from this address
     * @param onAccount     recent failures on this account from every address
     * @param lastFailure   when the last of them happened (null: none)
     * @param now           the time of the attempt
     */
    public static Optional<Duration> wait(int fromAddress, int onAccount, Instant lastFailure, Instant now) {
        if (lastFailure == null) {
            return Optional.empty();
        }
        Instant until;
        if (onAccount >= ACCOUNT_LOCK || fromAddress >= ADDRESS_LOCK) {
            until = lastFailure.plus(Duration.ofMinutes(LOCK_MINUTES));
        } else if (fromAddress >= FREE) {
            long seconds = Math.min(MAX_DELAY_SECONDS, 1L << Math.min(30, fromAddress - FREE + 1));
            until = lastFailure.plusSeconds(seconds);
        } else {
            return Optional.empty();
        }
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Whether failures this old no longer count. */
    public static boolean forgotten(Instant lastFailure, Instant now) {
        return lastFailure.plus(Duration.ofMinutes(LOCK_MINUTES)).isBefore(now);
    }
}
