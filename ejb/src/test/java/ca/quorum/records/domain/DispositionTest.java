package ca.quorum.records.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ca.quorum.shared.domain.RuleViolation;

class DispositionTest {

    private static final LocalDate TODAY = LocalDate.of(2035, 6, 1);
    private static final LegalHold LITIGATION = new LegalHold(1, "Smith v. Lakeview Harbour", "statement of claim",
            new HoldScope.Body(1), Instant.parse("2034-01-10T15:00:00Z"), null);
    private static final LegalHold LIFTED = new LegalHold(2, "FOI 2031-007", "request closed",
            new HoldScope.Meeting(4), Instant.parse("2031-01-10T15:00:00Z"), Instant.parse("2031-09-01T15:00:00Z"));

    private static RetentionRule rule(FinalAction action) {
        return new RetentionRule("C+7", Period.ofYears(7), Period.ZERO, RetentionTrigger.CREATED, null, true,
                action);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FinalAction.class)
    void aHoldBeatsEveryRule(FinalAction action) {
        Disposition.Assessment held = Disposition.assess(rule(action), LocalDate.of(2020, 1, 1), List.of(LITIGATION),
                TODAY);
        assertEquals(new Disposition.Held(List.of(LITIGATION)), held);
        assertFalse(held.proposed());
    }

    @Test
    void aHeldRecordIsHeldEvenLongAfterItsDateAndEvenWithoutATrigger() {
        assertInstanceOf(Disposition.Held.class, Disposition.assess(rule(FinalAction.DESTROY), null,
                List.of(LITIGATION), TODAY));
        assertInstanceOf(Disposition.Held.class, Disposition.assess(rule(FinalAction.DESTROY),
                LocalDate.of(1990, 1, 1), List.of(LIFTED, LITIGATION), TODAY));
    }

    @Test
    void aLiftedHoldNoLongerHolds() {
        assertEquals(new Disposition.Eligible(LocalDate.of(2028, 1, 1), FinalAction.DESTROY), Disposition.assess(
                rule(FinalAction.DESTROY), LocalDate.of(2020, 5, 5), List.of(LIFTED), TODAY));
    }

    @Test
    void aPermanentRecordIsNeverProposedHoweverOld() {
        Disposition.Assessment assessment = Disposition.assess(RetentionRule.permanent("P",
                RetentionTrigger.ADOPTED), LocalDate.of(1850, 1, 1), List.of(), LocalDate.of(2999, 1, 1));
        assertEquals(new Disposition.Permanent(), assessment);
        assertFalse(assessment.proposed());
    }

    @Test
    void aRecordWaitsForItsTriggerThenForItsDate() {
        assertEquals(new Disposition.AwaitingTrigger(), Disposition.assess(rule(FinalAction.DESTROY), null,
                List.of(), TODAY));
        assertEquals(new Disposition.NotYet(LocalDate.of(2036, 1, 1)), Disposition.assess(rule(FinalAction.DESTROY),
                LocalDate.of(2028, 12, 31), List.of(), LocalDate.of(2035, 12, 31)), "the last day kept");
        Disposition.Assessment due = Disposition.assess(rule(FinalAction.DESTROY), LocalDate.of(2028, 12, 31),
                List.of(), LocalDate.of(2036, 1, 1));
        assertEquals(new Disposition.Eligible(LocalDate.of(2036, 1, 1), FinalAction.DESTROY), due, "the first day");
        assertTrue(due.proposed());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = FinalAction.class, names = {"DESTROY", "TRANSFER", "REVIEW"})
    void anEligibleRecordIsProposedForItsRulesAction(FinalAction action) {
        Disposition.Assessment assessment = Disposition.assess(rule(action), LocalDate.of(2020, 1, 1), List.of(),
                TODAY);
        assertEquals(action, ((Disposition.Eligible) assessment).action());
    }

    @Test
    void aHoldFreezesChangesNamingItsMattersAndNeedsAMatterAndAReason() {
        RuleViolation frozen = assertThrows(RuleViolation.class, () -> LegalHold.requireNoneActive(List.of(LIFTED,
                LITIGATION)));
        assertEquals("hold.frozen", frozen.key());
        assertTrue(frozen.getMessage().contains("Smith v. Lakeview Harbour"), frozen.getMessage());
        assertFalse(frozen.getMessage().contains("FOI 2031-007"), "a lifted hold is not named");
        LegalHold.requireNoneActive(List.of(LIFTED));
        assertEquals("hold.matterAndReason", assertThrows(RuleViolation.class, () -> new LegalHold(3, " ", "x",
                new HoldScope.Meeting(4), Instant.now(), null)).key());
    }
}
