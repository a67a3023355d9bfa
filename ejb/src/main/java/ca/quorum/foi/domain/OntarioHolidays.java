package ca.quorum.foi.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ontario's public holidays of a year (Employment Standards Act, 2000, s.1(1) "public holiday"; Legislation Act,
 * 2006, s.87 "holiday"), the default holidays of {@link FoiSettings}: New Year's Day, Family Day (third Monday of
 * February), Good Friday, Victoria Day (the Monday before 25 May), Canada Day, the Civic Holiday (first Monday of
 * August, which most municipalities observe), Labour Day (first Monday of September), the National Day for Truth and
 * Reconciliation (30 September, observed by many municipalities), Thanksgiving (second Monday of October),
 * Christmas Day and Boxing Day. A holiday on a Saturday or Sunday is observed on the next weekday that is not one
 * (Legislation Act, 2006, s.88 counts only the day itself; the observed day is what closes the office).
 */
public final class OntarioHolidays {

    private OntarioHolidays() {
    }

    /** The days the office is closed for holidays in {@code year}, observed days included. */
    public static Set<LocalDate> of(int year) {
        Set<LocalDate> days = new TreeSet<>();
        observe(days, LocalDate.of(year, Month.JANUARY, 1));
        days.add(LocalDate.of(year, Month.FEBRUARY, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)));
        days.add(easter(year).minusDays(2));
        days.add(LocalDate.of(year, Month.MAY, 24).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        observe(days, LocalDate.of(year, Month.JULY, 1));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        observe(days, LocalDate.of(year, Month.SEPTEMBER, 30));
        days.add(LocalDate.of(year, Month.OCTOBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY)));
        observe(days, LocalDate.of(year, Month.DECEMBER, 25));
        observe(days, LocalDate.of(year, Month.DECEMBER, 26));
        return days;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The holiday, and the next free weekday when it falls on a weekend (Boxing Day after a moved Christmas). */
    private static void observe(Set<LocalDate> days, LocalDate holiday) {
        days.add(holiday);
        if (holiday.getDayOfWeek() == DayOfWeek.SATURDAY || holiday.getDayOfWeek() == DayOfWeek.SUNDAY) {
            LocalDate observed = holiday;
            while (observed.getDayOfWeek() == DayOfWeek.SATURDAY || observed.getDayOfWeek() == DayOfWeek.SUNDAY
                    || days.contains(observed)) {
                observed = observed.plusDays(1);
            }
            days.add(observed);
        }
    }
}
