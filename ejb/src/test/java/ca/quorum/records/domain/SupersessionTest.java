package ca.quorum.records.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ca.quorum.shared.domain.RuleViolation;

class SupersessionTest {

    private static final RetentionRule S_PLUS_1 = new RetentionRule("S+1", Period.ofYears(1), Period.ZERO,
            RetentionTrigger.SUPERSEDED, null, false, FinalAction.DESTROY);

    @Test
    void eachVersionIsSupersededByTheNextAndTheCurrentOneIsKept() {
        List<LocalDate> revisions = List.of(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 4),
                LocalDate.of(2028, 2, 29));
        List<Optional<LocalDate>> superseded = Supersession.supersededOn(revisions);
        assertEquals(List.of(Optional.of(LocalDate.of(2027, 3, 4)), Optional.of(LocalDate.of(2028, 2, 29)),
                Optional.empty()), superseded);
        assertEquals(Optional.of(LocalDate.of(2028, 3, 5)), S_PLUS_1.eligibleFrom(superseded.get(0).get()));
        assertEquals(Optional.of(LocalDate.of(2029, 3, 1)), S_PLUS_1.eligibleFrom(superseded.get(1).get()),
                "superseded on a 29 February: the year ends on the 28th");
        assertEquals(Optional.empty(), S_PLUS_1.eligibleFrom(superseded.get(2).orElse(null)), "the current one");
    }

    @Test
    void twoVersionsOnOneDaySupersedeTheFirstThatDay() {
        LocalDate day = LocalDate.of(2027, 5, 5);
        assertEquals(List.of(Optional.of(day), Optional.empty()), Supersession.supersededOn(List.of(day, day)));
    }

    @Test
    void aSingleVersionOrNoneIsNeverSuperseded() {
        assertEquals(List.of(Optional.empty()), Supersession.supersededOn(List.of(LocalDate.of(2027, 1, 1))));
        assertEquals(List.of(), Supersession.supersededOn(List.of()));
    }

    @Test
    void aVersionDatedBeforeTheOneItReplacesIsRefused() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Supersession.supersededOn(List.of(
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 1))));
        assertEquals("retention.versionsOutOfOrder", refused.key());
    }
}
