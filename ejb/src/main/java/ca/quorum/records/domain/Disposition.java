package ca.quorum.records.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Whether a record may be proposed for disposition on a day. Holds come first: a held record is never proposed,
 * whatever its rule; then a permanent record never is; then a record whose trigger has not happened, or whose
 * retention has not run, waits. Only what remains is eligible, for its rule's final action.
 */
public final class Disposition {

    /** The answer for one record. */
    public sealed interface Assessment {
        /** Whether the record goes into a disposition batch. */
        default boolean proposed() {
            return this instanceof Eligible;
        }
    }

    /** Frozen by these holds. */
    public record Held(List<LegalHold> holds) implements Assessment {
    }

    /** Kept permanently. */
    public record Permanent() implements Assessment {
    }

    /** Its trigger (adoption, supersession, the event) has not happened. */
    public record AwaitingTrigger() implements Assessment {
    }

    /** Kept until {@code eligibleFrom}. */
    public record NotYet(LocalDate eligibleFrom) implements Assessment {
    }

    /** Eligible since {@code eligibleFrom}, for {@code action}. */
    public record Eligible(LocalDate eligibleFrom, FinalAction action) implements Assessment {
    }

    private Disposition() {
    }

    /**
     * @param rule      the rule of the record's class
     * @param triggered when the record's trigger happened; null when it has not
     * @param holds     the holds that cover the record (lifted ones are ignored)
     * @param today     the day of the batch
     */
    public static Assessment assess(RetentionRule rule, LocalDate triggered, Collection<LegalHold> holds,
            LocalDate today) {
        List<LegalHold> active = LegalHold.active(holds);
        if (!active.isEmpty()) {
            return new Held(active);
        }
        if (rule.action() == FinalAction.PERMANENT) {
            return new Permanent();
        }
        Optional<LocalDate> eligible = rule.eligibleFrom(triggered);
        if (eligible.isEmpty()) {
            return new AwaitingTrigger();
        }
        return today.isBefore(eligible.get()) ? new NotYet(eligible.get())
                : new Eligible(eligible.get(), rule.action());
    }
}
