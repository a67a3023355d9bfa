package ca.quorum.records.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.quorum.shared.domain.RuleViolation;

/**
 * How long a class of records is kept and what happens then (Municipal Act, 2001, s.254: records kept secure and
 * accessible; s.255: destroyed only under a retention by-law whose periods the municipal auditor approved).
 *
 * <p>The clock starts at the {@link RetentionTrigger}; the record is kept for the active period, then the inactive
 * period; the day after both have run it becomes eligible for its {@link FinalAction}. Most Ontario schedules count
 * from the end of the year of the trigger ("C+7": the current year, then seven more), which {@code fromYearEnd}
 * selects. A period that ends on a day the month does not have (29 February plus a year, 31 January plus a month)
 * ends on the last day of that month, as the Legislation Act, 2006, s.89 counts periods expressed in months and
 * years; the record is eligible only the day after, never a day early.
 *
 * @param code        the schedule's code as the plan prints it ("C+7", "P", "S+1", "E+6")
 * @param active      how long the record stays in the office after the trigger
 * @param inactive    how long it is then kept in storage
 * @param trigger     what starts the clock
 * @param event       the event's name when the trigger is {@link RetentionTrigger#EVENT}; null otherwise
 * @param fromYearEnd whether the clock starts at the end of the trigger's calendar year
 * @param action      what happens when the retention ends
 */
public record RetentionRule(String code, Period active, Period inactive, RetentionTrigger trigger, String event,
        boolean fromYearEnd, FinalAction action) {

    /** Kept permanently: adopted minutes and by-laws by default. */
    public static RetentionRule permanent(String code, RetentionTrigger trigger) {
        return new RetentionRule(code, Period.ZERO, Period.ZERO, trigger, null, false, FinalAction.PERMANENT);
    }

    public RetentionRule {
        List<RuleViolation.Refusal> problems = new ArrayList<>();
        if (code == null || code.isBlank() || code.strip().length() > 20) {
            problems.add(RuleViolation.refusal("retention.code"));
        }
        if (active == null || inactive == null || active.isNegative() || inactive.isNegative()) {
            problems.add(RuleViolation.refusal("retention.period"));
        } else if (active.getDays() != 0 || inactive.getDays() != 0) {
            problems.add(RuleViolation.refusal("retention.wholeMonths"));
        } else if (total(active, inactive).toTotalMonths() > 12L * 200) {
            problems.add(RuleViolation.refusal("retention.tooLong"));
        }
        if (trigger == null || action == null) {
            problems.add(RuleViolation.refusal("retention.triggerAndAction"));
        }
        if (trigger == RetentionTrigger.EVENT && (event == null || event.isBlank())) {
            problems.add(RuleViolation.refusal("retention.eventName"));
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.of(problems);
        }
        code = code.strip();
        event = trigger == RetentionTrigger.EVENT ? event.strip() : null;
        active = active.normalized();
        inactive = inactive.normalized();
    }

    private static Period total(Period a, Period b) {
        return a.plus(b).normalized();
    }

    /** The active and inactive periods together. */
    public Period total() {
        return total(active, inactive);
    }

    /**
     * The first day the record may be disposed of, for a trigger that happened on {@code triggered}; empty for a
     * permanent record, or while the trigger has not happened ({@code triggered} null).
     */
    public Optional<LocalDate> eligibleFrom(LocalDate triggered) {
        if (action == FinalAction.PERMANENT || triggered == null) {
            return Optional.empty();
        }
        LocalDate start = fromYearEnd ? LocalDate.of(triggered.getYear(), 12, 31) : triggered;
        // the whole period at once (years then months separately would clamp twice: 29 February + 1 year 1 month
        // must end on 29 March, not 28); a day the month lacks becomes its last day (Legislation Act s.89)
        LocalDate end = start.plusMonths(total().toTotalMonths());
        if (fromYearEnd) {
            end = end.withDayOfMonth(end.lengthOfMonth());
        }
        return Optional.of(end.plusDays(1));
    }
}
