package ca.quorum.foi.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.quorum.shared.domain.RuleViolation;

/**
 * The legal clock of an access request (MFIPPA). Immutable: each fact returns the next clock.
 *
 * <ul>
 * <li>s.19: the head answers within 30 days (a setting) of the day the request is complete (with the $5 fee, and the
 * clarifications asked for); before that, no clock runs. Days are counted from the day after (Legislation Act, 2006,
 * s.89); a deadline on a weekend or holiday moves to the next business day where that is the setting (s.88).</li>
 * <li>Reg. 823 s.7 and MFIPPA s.45(3)-(4): while a required deposit is outstanding the clock waits; it starts again
 * the day the deposit is paid, for the days it had left.</li>
 * <li>s.20: the head may extend the time limit once, for a large number of records or for consultations, by a notice
 * given before the time limit runs out, stating the length, the reason and the right to complain.</li>
 * <li>s.21: a third party whose interests are affected gets notice; it has 20 days to make representations, and the
 * head decides within 10 days after that: the request's answer is due no earlier than that decision.</li>
 * <li>s.22(4): a head who has not answered by the last day is deemed to have refused access on that day.</li>
 * </ul>
 */
public final class FoiClock {

    /** Why the time limit is extended (s.20(1)). */
    public enum ExtensionReason {
        /** s.20(1)(a): a large number of records, or a search through a large number. */
        VOLUME,
        /** s.20(1)(b): consultations with a person outside the institution. */
        CONSULTATION
    }

    /** Where a request stands on a day. */
    public enum Status {
        /** Not complete (fee or clarification outstanding): no clock yet. */
        INCOMPLETE,
        /** A required deposit is outstanding: the clock waits. */
        PAUSED,
        /** Running, the due date ahead or today. */
        OPEN,
        /** The due date passed without an answer: deemed refused (s.22(4)). */
        DEEMED_REFUSED,
        /** Answered on or before the due date. */
        ANSWERED_ON_TIME,
        /** Answered after the due date. */
        ANSWERED_LATE
    }

    /** A pause for a deposit: from the day it was required to the day it was paid (null while outstanding). */
    public record Pause(LocalDate from, LocalDate to) {
    }

    /** The s.20 extension: the day its notice was given, its length in days and why. */
    public record Extension(LocalDate noticeOn, int days, ExtensionReason reason) {
    }

    private final FoiSettings settings;
    private final LocalDate completeOn;
    private final List<Pause> pauses;
    private final Extension extension;
    private final LocalDate thirdPartyNoticeOn;
    private final LocalDate answeredOn;

    private FoiClock(FoiSettings settings, LocalDate completeOn, List<Pause> pauses, Extension extension,
            LocalDate thirdPartyNoticeOn, LocalDate answeredOn) {
        this.settings = settings;
        this.completeOn = completeOn;
        this.pauses = List.copyOf(pauses);
        this.extension = extension;
        this.thirdPartyNoticeOn = thirdPartyNoticeOn;
        this.answeredOn = answeredOn;
    }

    /** A request received, not yet complete. */
    public static FoiClock received(FoiSettings settings) {
        return new FoiClock(settings, null, List.of(), null, null, null);
    }

    /** The request is complete (fee paid, clarified): the clock starts. */
    public FoiClock complete(LocalDate on) {
        if (completeOn != null) {
            throw RuleViolation.because("foi.alreadyComplete", completeOn);
        }
        return new FoiClock(settings, on, pauses, extension, thirdPartyNoticeOn, answeredOn);
    }

    /** A deposit is required (Reg. 823 s.7): the clock waits from this day. */
    public FoiClock depositRequired(LocalDate on) {
        requireRunning(on);
        if (paused()) {
            throw RuleViolation.because("foi.alreadyPaused");
        }
        List<Pause> more = new ArrayList<>(pauses);
        more.add(new Pause(on, null));
        return new FoiClock(settings, completeOn, more, extension, thirdPartyNoticeOn, answeredOn);
    }

    /** The deposit is paid: the clock runs again from this day. */
    public FoiClock depositPaid(LocalDate on) {
        if (!paused()) {
            throw RuleViolation.because("foi.notPaused");
        }
        Pause open = pauses.get(pauses.size() - 1);
        if (on.isBefore(open.from())) {
            throw RuleViolation.because("foi.paidBeforeRequired", on, open.from());
        }
        List<Pause> more = new ArrayList<>(pauses.subList(0, pauses.size() - 1));
        more.add(new Pause(open.from(), on));
        return new FoiClock(settings, completeOn, more, extension, thirdPartyNoticeOn, answeredOn);
    }

    /** The s.20 extension, once, by a notice given while the time limit runs. */
    public FoiClock extend(LocalDate noticeOn, int days, ExtensionReason reason) {
        requireRunning(noticeOn);
        if (extension != null) {
            throw RuleViolation.because("foi.extendedOnce", extension.noticeOn());
        }
        if (days < 1 || reason == null) {
            throw RuleViolation.because("foi.extensionTerms");
        }
        if (paused()) {
            throw RuleViolation.because("foi.alreadyPaused");
        }
        LocalDate due = dueOn().orElseThrow();
        if (noticeOn.isAfter(due)) {
            throw RuleViolation.because("foi.extensionTooLate", due);
        }
        return new FoiClock(settings, completeOn, pauses, new Extension(noticeOn, days, reason), thirdPartyNoticeOn,
                answeredOn);
    }

    /** A third party is given notice (s.21): its representations, then the head's decision, have their own dates. */
    public FoiClock thirdPartyNotice(LocalDate on) {
        requireRunning(on);
        if (thirdPartyNoticeOn != null) {
            throw RuleViolation.because("foi.thirdPartyNoticed", thirdPartyNoticeOn);
        }
        return new FoiClock(settings, completeOn, pauses, extension, on, answeredOn);
    }

    /** The head answers (a decision on every record). */
    public FoiClock answered(LocalDate on) {
        requireRunning(on);
        if (paused()) {
            throw RuleViolation.because("foi.alreadyPaused");
        }
        return new FoiClock(settings, completeOn, pauses, extension, thirdPartyNoticeOn, on);
    }

    /** Whether a required deposit is outstanding. */
    public boolean paused() {
        return !pauses.isEmpty() && pauses.get(pauses.size() - 1).to() == null;
    }

    /** The days the clock waited for deposits that have been paid. */
    public long pausedDays() {
        return pauses.stream().filter(p -> p.to() != null).mapToLong(p -> ChronoUnit.DAYS.between(p.from(), p.to()))
                .sum();
    }

    /** The day third-party representations are due (s.21(5)(a)); empty without a notice. */
    public Optional<LocalDate> representationsDue() {
        return Optional.ofNullable(thirdPartyNoticeOn).map(n -> settings.deadline(n.plusDays(
                settings.representationDays())));
    }

    /** The day the head decides after third-party representations (s.21(4)); empty without a notice. */
    public Optional<LocalDate> thirdPartyDecisionDue() {
        return representationsDue().map(r -> settings.deadline(r.plusDays(settings.thirdPartyDecisionDays())));
    }

    /**
     * The last day to answer: the response period from completion, plus the days paused for deposits, plus the s.20
     * extension, and no earlier than the s.21 decision; moved off a weekend or holiday where that is the setting.
     * Empty while incomplete or paused.
     */
    public Optional<LocalDate> dueOn() {
        if (completeOn == null || paused()) {
            return Optional.empty();
        }
        LocalDate due = completeOn.plusDays(settings.responseDays() + pausedDays()
                + (extension == null ? 0 : extension.days()));
        Optional<LocalDate> thirdParty = thirdPartyDecisionDue();
        if (thirdParty.isPresent() && thirdParty.get().isAfter(due)) {
            due = thirdParty.get();
        }
        return Optional.of(settings.deadline(due));
    }

    /** Where the request stands on {@code today}. */
    public Status status(LocalDate today) {
        if (completeOn == null) {
            return Status.INCOMPLETE;
        }
        if (answeredOn != null) {
            return answeredOn.isAfter(dueOn().orElseThrow()) ? Status.ANSWERED_LATE : Status.ANSWERED_ON_TIME;
        }
        if (paused()) {
            return Status.PAUSED;
        }
        return today.isAfter(dueOn().orElseThrow()) ? Status.DEEMED_REFUSED : Status.OPEN;
    }

    /** Days from {@code today} to the due date (0 on it, negative after); empty while incomplete or paused. */
    public Optional<Long> daysLeft(LocalDate today) {
        return dueOn().map(due -> ChronoUnit.DAYS.between(today, due));
    }

    /** The day the request is deemed refused (s.22(4)): the due date, if it passes without an answer. */
    public Optional<LocalDate> deemedRefusedOn(LocalDate today) {
        return status(today) == Status.DEEMED_REFUSED ? dueOn() : Optional.empty();
    }

    public Optional<Extension> extension() {
        return Optional.ofNullable(extension);
    }

    private void requireRunning(LocalDate on) {
        if (completeOn == null) {
            throw RuleViolation.because("foi.notComplete");
        }
        if (answeredOn != null) {
            throw RuleViolation.because("foi.answered", answeredOn);
        }
        if (on.isBefore(completeOn)) {
            throw RuleViolation.because("foi.beforeComplete", on, completeOn);
        }
    }
}
