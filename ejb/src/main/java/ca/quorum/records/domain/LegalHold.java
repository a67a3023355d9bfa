package ca.quorum.records.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import ca.quorum.shared.domain.RuleViolation;

/**
 * A legal hold (litigation, an FOI request, an audit): every record it covers is frozen, no change, no disposition,
 * no purge, until it is lifted, whatever the record's retention rule says (Municipal Act, 2001, s.254(1): records
 * are kept as the retention by-law says, and a record relevant to a proceeding or a request under MFIPPA must not be
 * destroyed while it is pending; MFIPPA s.48(1)(c.1) makes wilful destruction to evade a request an offence).
 *
 * @param matter   the matter's name ("Smith v. Lakeview Harbour", "FOI 2027-014")
 * @param reason   why it is held
 * @param scope    what it covers
 * @param placedAt when it was placed
 * @param liftedAt when it was lifted; null while it holds
 */
public record LegalHold(long id, String matter, String reason, HoldScope scope, Instant placedAt, Instant liftedAt) {

    public LegalHold {
        if (matter == null || matter.isBlank() || reason == null || reason.isBlank()) {
            throw RuleViolation.because("hold.matterAndReason");
        }
        if (scope == null) {
            throw RuleViolation.because("hold.scope");
        }
        if (matter.strip().length() > 200 || reason.strip().length() > 1000) {
            throw RuleViolation.because("hold.tooLong");
        }
    }

    /** Whether the hold still freezes what it covers. */
    public boolean active() {
        return liftedAt == null;
    }

    /** Whether this hold, while active, freezes a record in {@code place}. */
    public boolean freezes(RecordPlace place) {
        return active() && scope.covers(place);
    }

    /** The active holds among these that freeze a record in {@code place}. */
    public static List<LegalHold> freezing(Collection<LegalHold> holds, RecordPlace place) {
        return holds.stream().filter(h -> h.freezes(place)).toList();
    }

    /** The hold lifted at {@code at}; lifting a lifted hold is refused. */
    public LegalHold lift(Instant at) {
        if (!active()) {
            throw RuleViolation.because("hold.alreadyLifted", matter);
        }
        return new LegalHold(id, matter, reason, scope, placedAt, at);
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
