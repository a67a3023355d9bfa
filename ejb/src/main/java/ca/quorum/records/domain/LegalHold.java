package ca.quorum.records.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import ca.quorum.shared.domain.RuleViolation;

/**
 * A legal hold (litigation, an FOI request, an audit): every record it covers is frozen, no change, no disposition,
 * no purge, until it is lifted, whatever the record's retention rule says. Which records a hold covers (a record, a
 * meeting, a body, a date range, a saved search) is decided where the records are; here is what a hold does.
 *
 * @param matter   the matter's name ("Smith v. Lakeview Harbour", "FOI 2027-014")
 * @param reason   why it is held
 * @param placedAt when it was placed
 * @param liftedAt when it was lifted; null while it holds
 */
public record LegalHold(long id, String matter, String reason, Instant placedAt, Instant liftedAt) {

    public LegalHold {
        if (matter == null || matter.isBlank() || reason == null || reason.isBlank()) {
            throw RuleViolation.because("hold.matterAndReason");
        }
    }

    /** Whether the hold still freezes what it covers. */
    public boolean active() {
        return liftedAt == null;
    }

    /** The holds among these that still freeze a record. */
    public static List<LegalHold> active(Collection<LegalHold> holds) {
        return holds.stream().filter(LegalHold::active).toList();
    }

    /**
     * Refuses any change to a record that an active hold covers, naming the matters.
     *
     * @throws RuleViolation when one of {@code holds} is active
     */
    public static void requireNoneActive(Collection<LegalHold> holds) {
        List<LegalHold> active = active(holds);
        if (!active.isEmpty()) {
            throw RuleViolation.because("hold.frozen", String.join("; ", active.stream().map(LegalHold::matter)
                    .toList()));
        }
    }
}
