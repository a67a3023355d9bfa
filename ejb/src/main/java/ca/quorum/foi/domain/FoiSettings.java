package ca.quorum.foi.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import ca.quorum.shared.domain.RuleViolation;

/**
 * A municipality's access-to-information settings, with MFIPPA's and Reg. 823's defaults.
 *
 * @param responseDays         s.19: days to answer a complete request (30)
 * @param representationDays   s.21(5)(a): days a third party has to make representations after its notice (20)
 * @param thirdPartyDecisionDays s.21(4)(b): days to decide after the representations are due (10)
 * @param nextBusinessDay      whether a deadline falling on a weekend or a holiday moves to the next business day
 *                             (Legislation Act, 2006, s.88-89: a period ending on a holiday ends the next day that is
 *                             not one); a municipality counting strictly in calendar days sets it false
 * @param holidays             the municipality's holidays (statutory and civic)
 * @param applicationFeeCents  Reg. 823 s.5.2 / MFIPPA s.17(1)(c): the $5 application fee
 * @param quarterHourCents     Reg. 823 s.6: $7.50 for each 15 minutes of search, and of preparation
 * @param pageCents            Reg. 823 s.6: $0.20 a photocopied or printed page
 * @param diskCents            Reg. 823 s.6: $10 for each disk
 * @param estimateOverCents    MFIPPA s.45(3): an estimate is owed when fees exceed $25
 * @param depositFromCents     Reg. 823 s.7(1): a deposit may be required when the estimate is $100 or more
 * @param depositPercent       Reg. 823 s.7(1): 50 % of the estimate
 */
public record FoiSettings(int responseDays, int representationDays, int thirdPartyDecisionDays,
        boolean nextBusinessDay, Set<LocalDate> holidays, long applicationFeeCents, long quarterHourCents,
        long pageCents, long diskCents, long estimateOverCents, long depositFromCents, int depositPercent) {

    /** The Act's and the regulation's figures, with the given holidays (e.g. {@link OntarioHolidays#of(int)}). */
    public static FoiSettings defaults(Set<LocalDate> holidays) {
        return new FoiSettings(30, 20, 10, true, holidays, 500, 750, 20, 1000, 2500, 10000, 50);
    }

    public FoiSettings {
        if (responseDays < 1 || representationDays < 1 || thirdPartyDecisionDays < 1 || applicationFeeCents < 0
                || quarterHourCents < 0 || pageCents < 0 || diskCents < 0 || estimateOverCents < 0
                || depositFromCents < 0 || depositPercent < 0 || depositPercent > 100) {
            throw RuleViolation.because("foi.settings");
        }
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    /** Whether a day is one on which the office is closed: a weekend, or a holiday of the municipality. */
    public boolean closed(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidays.contains(day);
    }

    /** A deadline as it falls under these settings: moved to the next business day when that is the rule. */
    public LocalDate deadline(LocalDate day) {
        if (!nextBusinessDay) {
            return day;
        }
        LocalDate d = day;
        while (closed(d)) {
            d = d.plusDays(1);
        }
        return d;
    }
}
