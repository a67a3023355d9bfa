package ca.quorum.foi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.quorum.foi.domain.FoiClock.ExtensionReason;
import ca.quorum.foi.domain.FoiClock.Status;
import ca.quorum.shared.domain.RuleViolation;

class FoiClockTest {

    /** Family Day 2027 (Monday 15 February) and Good Friday 2027 (26 March), as a municipality would list them. */
    private static final FoiSettings ONTARIO = FoiSettings.defaults(Set.of(LocalDate.of(2027, 2, 15),
            LocalDate.of(2027, 3, 26)));
    private static final FoiSettings CALENDAR = new FoiSettings(30, 20, 10, false, Set.of(), 500, 750, 20, 1000,
            2500, 10000, 50);

    private static String refusal(Runnable change) {
        return assertThrows(RuleViolation.class, change::run).key();
    }

    @Test
    void thirtyDaysAreCountedFromTheDayAfterTheRequestIsComplete() {
        // complete on Wednesday 3 March 2027: day 30 is Friday 2 April 2027
        FoiClock clock = FoiClock.received(ONTARIO).complete(LocalDate.of(2027, 3, 3));
        assertEquals(Optional.of(LocalDate.of(2027, 4, 2)), clock.dueOn());
        assertEquals(Optional.of(30L), clock.daysLeft(LocalDate.of(2027, 3, 3)));
    }

    @Test
    void noClockRunsUntilTheRequestIsComplete() {
        FoiClock received = FoiClock.received(ONTARIO);
        assertEquals(Status.INCOMPLETE, received.status(LocalDate.of(2027, 6, 1)));
        assertEquals(Optional.empty(), received.dueOn());
        assertEquals("foi.notComplete", refusal(() -> received.extend(LocalDate.of(2027, 6, 1), 30,
                ExtensionReason.VOLUME)));
        FoiClock complete = received.complete(LocalDate.of(2027, 6, 1));
        assertEquals("foi.alreadyComplete", refusal(() -> complete.complete(LocalDate.of(2027, 6, 2))));
    }

    @Test
    void aDeadlineOnAWeekendMovesToMondayAndOnAHolidayToTheNextBusinessDay() {
        // complete Thursday 14 January 2027: day 30 is Saturday 13 February, then Sunday, then Family Day
        FoiClock weekendThenHoliday = FoiClock.received(ONTARIO).complete(LocalDate.of(2027, 1, 14));
        assertEquals(Optional.of(LocalDate.of(2027, 2, 16)), weekendThenHoliday.dueOn(), "Tuesday after Family Day");
        // complete Thursday 24 February 2027: day 30 is Good Friday, 26 March
        FoiClock holiday = FoiClock.received(ONTARIO).complete(LocalDate.of(2027, 2, 24));
        assertEquals(Optional.of(LocalDate.of(2027, 3, 29)), holiday.dueOn(), "the Monday after Good Friday");
        assertEquals(DayOfWeek.MONDAY, holiday.dueOn().orElseThrow().getDayOfWeek());
    }

    @Test
    void aMunicipalityCountingCalendarDaysKeepsAWeekendDeadline() {
        FoiClock clock = FoiClock.received(CALENDAR).complete(LocalDate.of(2027, 1, 14));
        assertEquals(Optional.of(LocalDate.of(2027, 2, 13)), clock.dueOn());
        assertEquals(DayOfWeek.SATURDAY, clock.dueOn().orElseThrow().getDayOfWeek());
    }

    @Test
    void thirtyDaysAcrossALeapDay() {
        // 2028 is a leap year: complete Tuesday 15 February 2028, day 30 is Thursday 16 March (29 February counts)
        FoiClock clock = FoiClock.received(CALENDAR).complete(LocalDate.of(2028, 2, 15));
        assertEquals(Optional.of(LocalDate.of(2028, 3, 16)), clock.dueOn());
        FoiClock notLeap = FoiClock.received(CALENDAR).complete(LocalDate.of(2027, 2, 15));
        assertEquals(Optional.of(LocalDate.of(2027, 3, 17)), notLeap.dueOn());
    }

    @Test
    void anOutstandingDepositPausesTheClockAndItsDaysAreAddedOncePaid() {
        FoiClock clock = FoiClock.received(CALENDAR).complete(LocalDate.of(2027, 5, 3)); // due 2 June
        FoiClock waiting = clock.depositRequired(LocalDate.of(2027, 5, 10));
        assertEquals(Status.PAUSED, waiting.status(LocalDate.of(2027, 7, 1)), "never deemed refused while waiting");
        assertEquals(Optional.empty(), waiting.dueOn());
        assertEquals("foi.alreadyPaused", refusal(() -> waiting.depositRequired(LocalDate.of(2027, 5, 11))));
        assertEquals("foi.alreadyPaused", refusal(() -> waiting.answered(LocalDate.of(2027, 5, 11))));
        assertEquals("foi.paidBeforeRequired", refusal(() -> waiting.depositPaid(LocalDate.of(2027, 5, 9))));
        FoiClock paid = waiting.depositPaid(LocalDate.of(2027, 5, 24)); // 14 days waited
        assertEquals(14, paid.pausedDays());
        assertEquals(Optional.of(LocalDate.of(2027, 6, 16)), paid.dueOn());
        assertEquals(Status.OPEN, paid.status(LocalDate.of(2027, 6, 16)));
        assertEquals("foi.notPaused", refusal(() -> paid.depositPaid(LocalDate.of(2027, 5, 25))));
        // a second deposit (a revised estimate) waits again, and the days add up
        FoiClock twice = paid.depositRequired(LocalDate.of(2027, 6, 1)).depositPaid(LocalDate.of(2027, 6, 4));
        assertEquals(17, twice.pausedDays());
        assertEquals(Optional.of(LocalDate.of(2027, 6, 19)), twice.dueOn());
    }

    @Test
    void theTimeLimitIsExtendedOnceByANoticeGivenBeforeItRunsOut() {
        FoiClock clock = FoiClock.received(CALENDAR).complete(LocalDate.of(2027, 5, 3)); // due 2 June
        FoiClock extended = clock.extend(LocalDate.of(2027, 5, 20), 45, ExtensionReason.VOLUME);
        assertEquals(Optional.of(LocalDate.of(2027, 7, 17)), extended.dueOn());
        assertEquals(ExtensionReason.VOLUME, extended.extension().orElseThrow().reason());
        assertEquals("foi.extendedOnce", refusal(() -> extended.extend(LocalDate.of(2027, 6, 1), 10,
                ExtensionReason.CONSULTATION)));
        assertEquals("foi.extensionTooLate", refusal(() -> clock.extend(LocalDate.of(2027, 6, 3), 30,
                ExtensionReason.CONSULTATION)), "the day after the due date is too late");
        clock.extend(LocalDate.of(2027, 6, 2), 30, ExtensionReason.CONSULTATION); // on the due date itself: in time
        assertEquals("foi.extensionTerms", refusal(() -> clock.extend(LocalDate.of(2027, 5, 20), 0,
                ExtensionReason.VOLUME)));
        assertEquals("foi.extensionTerms", refusal(() -> clock.extend(LocalDate.of(2027, 5, 20), 10, null)));
    }

    @Test
    void aThirdPartyHasTwentyDaysThenTheHeadTenAndTheAnswerIsNotDueBefore() {
        FoiClock clock = FoiClock.received(CALENDAR).complete(LocalDate.of(2027, 5, 3)) // due 2 June
                .thirdPartyNotice(LocalDate.of(2027, 5, 25));
        assertEquals(Optional.of(LocalDate.of(2027, 6, 14)), clock.representationsDue());
        assertEquals(Optional.of(LocalDate.of(2027, 6, 24)), clock.thirdPartyDecisionDue());
        assertEquals(Optional.of(LocalDate.of(2027, 6, 24)), clock.dueOn(), "the s.21 decision comes first");
        assertEquals("foi.thirdPartyNoticed", refusal(() -> clock.thirdPartyNotice(LocalDate.of(2027, 5, 26))));
        // an early notice leaves the s.19 date in force
        FoiClock early = FoiClock.received(CALENDAR).complete(LocalDate.of(2027, 5, 3))
                .thirdPartyNotice(LocalDate.of(2027, 5, 4));
        assertEquals(Optional.of(LocalDate.of(2027, 6, 3)), early.thirdPartyDecisionDue());
        assertEquals(Optional.of(LocalDate.of(2027, 6, 3)), early.dueOn());
        // with business days, the sub-clock's dates move off weekends too: 20 days after Friday 4 June is Thursday 24,
        // 10 more is Sunday 4 July, so Monday 5 July
        FoiClock business = FoiClock.received(ONTARIO).complete(LocalDate.of(2027, 6, 1))
                .thirdPartyNotice(LocalDate.of(2027, 6, 4));
        assertEquals(Optional.of(LocalDate.of(2027, 6, 24)), business.representationsDue());
        assertEquals(Optional.of(LocalDate.of(2027, 7, 5)), business.thirdPartyDecisionDue());
    }

    @Test
    void aRequestNotAnsweredByItsLastDayIsDeemedRefusedTheDayAfterNotOnIt() {
        FoiClock clock = FoiClock.received(CALENDAR).complete(LocalDate.of(2027, 5, 3)); // due 2 June
        assertEquals(Status.OPEN, clock.status(LocalDate.of(2027, 6, 2)), "the last day is still in time");
        assertEquals(Optional.of(0L), clock.daysLeft(LocalDate.of(2027, 6, 2)));
        assertEquals(Status.DEEMED_REFUSED, clock.status(LocalDate.of(2027, 6, 3)));
        assertEquals(Optional.of(LocalDate.of(2027, 6, 2)), clock.deemedRefusedOn(LocalDate.of(2027, 6, 3)),
                "deemed refused on the last day of the period (s.22(4))");
        assertEquals(Optional.of(-1L), clock.daysLeft(LocalDate.of(2027, 6, 3)));
        assertEquals(Status.ANSWERED_ON_TIME, clock.answered(LocalDate.of(2027, 6, 2)).status(LocalDate.of(2027, 9, 1)));
        FoiClock late = clock.answered(LocalDate.of(2027, 6, 10));
        assertEquals(Status.ANSWERED_LATE, late.status(LocalDate.of(2027, 6, 10)));
        assertEquals("foi.answered", refusal(() -> late.extend(LocalDate.of(2027, 6, 11), 10,
                ExtensionReason.VOLUME)));
        assertEquals("foi.beforeComplete", refusal(() -> clock.answered(LocalDate.of(2027, 5, 1))));
        assertTrue(clock.deemedRefusedOn(LocalDate.of(2027, 6, 2)).isEmpty());
    }
}
