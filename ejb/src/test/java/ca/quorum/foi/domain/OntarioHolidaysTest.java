package ca.quorum.foi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OntarioHolidaysTest {

    @Test
    void easterFallsWhereTheCalendarsSay() {
        assertEquals(LocalDate.of(2024, 3, 31), OntarioHolidays.easter(2024));
        assertEquals(LocalDate.of(2027, 3, 28), OntarioHolidays.easter(2027));
        assertEquals(LocalDate.of(2028, 4, 16), OntarioHolidays.easter(2028));
        assertEquals(LocalDate.of(2038, 4, 25), OntarioHolidays.easter(2038), "the latest possible date");
        assertEquals(LocalDate.of(2285, 3, 22), OntarioHolidays.easter(2285), "the earliest possible date");
    }

    @Test
    void theHolidaysOf2027() {
        Set<LocalDate> days = OntarioHolidays.of(2027);
        for (LocalDate day : new LocalDate[] {LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 15),
            LocalDate.of(2027, 3, 26), LocalDate.of(2027, 5, 24), LocalDate.of(2027, 7, 1), LocalDate.of(2027, 8, 2),
            LocalDate.of(2027, 9, 6), LocalDate.of(2027, 9, 30), LocalDate.of(2027, 10, 11),
            LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26)}) {
            assertTrue(days.contains(day), day + " is a holiday in 2027");
        }
        // Christmas on a Saturday and Boxing Day on a Sunday: observed Monday 27 and Tuesday 28 December
        assertTrue(days.contains(LocalDate.of(2027, 12, 27)) && days.contains(LocalDate.of(2027, 12, 28)), days
                .toString());
        assertEquals(13, days.size());
    }

    @Test
    void victoriaDayIsTheMondayBeforeTheTwentyFifthEvenWhenTheTwentyFourthIsAMonday() {
        assertTrue(OntarioHolidays.of(2027).contains(LocalDate.of(2027, 5, 24)), "24 May 2027 is a Monday");
        assertTrue(OntarioHolidays.of(2028).contains(LocalDate.of(2028, 5, 22)));
    }

    @Test
    void aDeadlineOverTheChristmasHolidaysWaitsForTheOfficeToOpen() {
        FoiSettings settings = FoiSettings.defaults(OntarioHolidays.of(2027));
        // complete Friday 26 November 2027: day 30 is Sunday 26 December, then the observed Monday and Tuesday
        FoiClock clock = FoiClock.received(settings).complete(LocalDate.of(2027, 11, 26));
        assertEquals(Optional.of(LocalDate.of(2027, 12, 29)), clock.dueOn());
    }
}
