package ca.quorum.records.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import ca.quorum.shared.domain.RuleViolation;

class RetentionRuleTest {

    private static RetentionRule rule(int years, int months, RetentionTrigger trigger, boolean fromYearEnd) {
        return new RetentionRule("R", Period.ofYears(years), Period.ofMonths(months), trigger,
                trigger == RetentionTrigger.EVENT ? "contract expiry" : null, fromYearEnd, FinalAction.DESTROY);
    }

    @ParameterizedTest(name = "{0}: eligible the day after the period")
    @EnumSource(value = RetentionTrigger.class)
    void everyTriggerStartsTheClockOnItsDay(RetentionTrigger trigger) {
        RetentionRule twoYears = rule(1, 12, trigger, false);
        assertEquals(Optional.of(LocalDate.of(2029, 6, 16)), twoYears.eligibleFrom(LocalDate.of(2027, 6, 15)));
        assertEquals(Optional.empty(), twoYears.eligibleFrom(null), "no trigger yet: kept");
    }

    @ParameterizedTest(name = "{0} + {1}y{2}m from the day: eligible {3}")
    @CsvSource({
        "2028-02-29, 1, 0, 2029-03-01", // no 29 February in 2029: the period ends on the 28th, eligible the 1st
        "2028-02-29, 4, 0, 2032-03-01", // 2032 has one: the period ends on it
        "2027-02-28, 1, 0, 2028-02-29", // the 28th a year on, in a leap year: eligible the 29th
        "2027-01-31, 0, 1, 2027-03-01", // a month after 31 January ends on 28 February
        "2028-01-31, 0, 1, 2028-03-01", // ...or on the 29th in a leap year
        "2027-08-31, 0, 6, 2028-03-01", // 31 August plus six months: 29 February 2028
        "2027-12-31, 0, 0, 2028-01-01", // no retention at all: eligible the next day, never the same day
        "2027-03-31, 2, 11, 2030-03-01", // 31 March + 2y11m: 28 February 2030
        "2028-02-29, 1, 1, 2029-03-30"}) // 13 months at once: 29 March (a year, then a month, would give the 28th)
    void aPeriodEndingOnADayTheMonthLacksEndsOnItsLastDay(LocalDate triggered, int years, int months,
            LocalDate eligible) {
        RetentionRule r = new RetentionRule("R", Period.ofYears(years), Period.ofMonths(months),
                RetentionTrigger.CREATED, null, false, FinalAction.DESTROY);
        assertEquals(Optional.of(eligible), r.eligibleFrom(triggered));
    }

    @ParameterizedTest(name = "C+{1} from {0}: eligible {2}")
    @CsvSource({"2027-01-01, 7, 2035-01-01", "2027-12-31, 7, 2035-01-01", "2028-02-29, 1, 2030-01-01",
        "2027-06-15, 0, 2028-01-01"})
    void currentYearPlusCountsFromTheEndOfTheTriggersYear(LocalDate triggered, int years, LocalDate eligible) {
        assertEquals(Optional.of(eligible), rule(years, 0, RetentionTrigger.FILE_CLOSED, true)
                .eligibleFrom(triggered));
    }

    @Test
    void activeAndInactivePeriodsAddUpAcrossTheYear() {
        RetentionRule r = new RetentionRule("C+2+5", Period.ofMonths(30), Period.ofMonths(18),
                RetentionTrigger.CREATED, null, false, FinalAction.TRANSFER);
        assertEquals(Period.ofYears(4), r.total());
        assertEquals(Optional.of(LocalDate.of(2031, 5, 2)), r.eligibleFrom(LocalDate.of(2027, 5, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = RetentionTrigger.class)
    void aPermanentRecordHasNoDispositionDateWhateverItsTrigger(RetentionTrigger trigger) {
        RetentionRule p = new RetentionRule("P", Period.ZERO, Period.ZERO, trigger,
                trigger == RetentionTrigger.EVENT ? "never" : null, false, FinalAction.PERMANENT);
        assertEquals(Optional.empty(), p.eligibleFrom(LocalDate.of(2027, 1, 1)));
        assertEquals(Optional.empty(), RetentionRule.permanent("P", RetentionTrigger.ADOPTED)
                .eligibleFrom(LocalDate.of(1990, 1, 1)));
    }

    @Test
    void aBadRuleIsRefusedWithEveryReasonInBothLanguages() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> new RetentionRule(" ", Period.ofYears(-1),
                Period.ZERO, RetentionTrigger.EVENT, " ", false, FinalAction.DESTROY));
        assertEquals(List.of("retention.code", "retention.period", "retention.eventName"), refused.keys());
        assertTrue(refused.reasons(Locale.FRENCH).get(1).contains("négatifs"), refused.reasons(Locale.FRENCH)
                .toString());
        assertEquals("retention.wholeMonths", assertThrows(RuleViolation.class, () -> new RetentionRule("D",
                Period.ofDays(30), Period.ZERO, RetentionTrigger.CREATED, null, false, FinalAction.DESTROY)).key());
        assertEquals("retention.tooLong", assertThrows(RuleViolation.class, () -> new RetentionRule("X",
                Period.ofYears(150), Period.ofYears(51), RetentionTrigger.CREATED, null, false,
                FinalAction.DESTROY)).key());
        assertEquals("retention.triggerAndAction", assertThrows(RuleViolation.class, () -> new RetentionRule("X",
                Period.ZERO, Period.ZERO, null, null, false, null)).key());
    }

    @Test
    void anEventRuleKeepsItsEventAndOtherRulesDropOne() {
        assertEquals("FOI request closed", new RetentionRule("E+2", Period.ofYears(2), Period.ZERO,
                RetentionTrigger.EVENT, "  FOI request closed ", false, FinalAction.DESTROY).event());
        assertEquals(null, new RetentionRule("C+2", Period.ofYears(2), Period.ZERO, RetentionTrigger.CREATED,
                "ignored", true, FinalAction.DESTROY).event());
    }
}
