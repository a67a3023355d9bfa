package ca.quorum.records.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ca.quorum.shared.domain.RuleViolation;

/**
 * A record's retention: its class and rule, given when the record is created, the day its trigger happened, and the
 * day it becomes eligible for disposition, computed again whenever the class (or the class's rule) changes, each
 * change kept in its history with who made it, when and why.
 */
public final class RecordRetention {

    /** One change of a record's class or rule, and what it did to the disposition date. */
    public record Change(Instant at, String by, String fromClass, String toClass, String fromRule, String toRule,
            LocalDate fromDate, LocalDate toDate, String reason) {
    }

    private final String recordType;
    private final long recordId;
    private String classCode;
    private RetentionRule rule;
    private LocalDate triggered;
    private LocalDate eligibleFrom;
    private final List<Change> history = new ArrayList<>();

    private RecordRetention(String recordType, long recordId, RecordClass recordClass, LocalDate triggered) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.classCode = recordClass.code();
        this.rule = recordClass.rule();
        this.triggered = triggered;
        this.eligibleFrom = rule.eligibleFrom(triggered).orElse(null);
    }

    /**
     * Classifies a record as it is created.
     *
     * @param triggered the day its trigger happened, when it happens with the creation; null otherwise
     */
    public static RecordRetention classify(String recordType, long recordId, RecordClass recordClass,
            LocalDate triggered, Instant at, String by) {
        RecordRetention retention = new RecordRetention(recordType, recordId, recordClass, triggered);
        retention.history.add(new Change(at, by, null, recordClass.code(), null, recordClass.rule().code(), null,
                retention.eligibleFrom, "classified at creation"));
        return retention;
    }

    /** The trigger happened (adopted, superseded, the event recorded): the disposition date follows. */
    public void triggered(LocalDate day, Instant at, String by) {
        if (day == null) {
            throw RuleViolation.because("retention.triggerDay");
        }
        LocalDate before = eligibleFrom;
        triggered = day;
        eligibleFrom = rule.eligibleFrom(day).orElse(null);
        history.add(new Change(at, by, classCode, classCode, rule.code(), rule.code(), before, eligibleFrom,
                "trigger on " + day));
    }

    /**
     * Moves the record to another class (or applies its class's changed rule): the disposition date is computed again
     * from the same trigger; the change is kept with its reason.
     */
    public void reclassify(RecordClass to, String reason, Instant at, String by) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.because("retention.reason");
        }
        LocalDate before = eligibleFrom;
        String fromClass = classCode;
        String fromRule = rule.code();
        classCode = to.code();
        rule = to.rule();
        eligibleFrom = rule.eligibleFrom(triggered).orElse(null);
        history.add(new Change(at, by, fromClass, classCode, fromRule, rule.code(), before, eligibleFrom,
                reason.strip()));
    }

    public String recordType() {
        return recordType;
    }

    public long recordId() {
        return recordId;
    }

    public String classCode() {
        return classCode;
    }

    public RetentionRule rule() {
        return rule;
    }

    public LocalDate triggered() {
        return triggered;
    }

    /** The first day of eligibility; null while the trigger has not happened, or for a permanent record. */
    public LocalDate eligibleFrom() {
        return eligibleFrom;
    }

    public List<Change> history() {
        return List.copyOf(history);
    }
}
