package ca.quorum.records.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.quorum.shared.domain.RuleViolation;

class LegalHoldTest {

    private static final Instant PLACED = Instant.parse("2027-03-01T14:00:00Z");
    /** Minutes of meeting 12 of body 3, dated 29 February 2028. */
    private static final RecordPlace MINUTES = new RecordPlace(RecordKind.MINUTES, 40, 12L, 3L,
            LocalDate.of(2028, 2, 29));
    /** A report not yet placed on any agenda. */
    private static final RecordPlace LOOSE_REPORT = new RecordPlace(RecordKind.STAFF_REPORT, 41, null, null,
            LocalDate.of(2028, 3, 1));

    private static LegalHold hold(HoldScope scope) {
        return new LegalHold(1, "Smith v. Lakeview Harbour", "statement of claim served", scope, PLACED, null);
    }

    @Test
    void aHoldOnOneRecordCoversThatRecordOnly() {
        assertTrue(hold(new HoldScope.OneRecord(RecordKind.MINUTES, 40)).freezes(MINUTES));
        assertFalse(hold(new HoldScope.OneRecord(RecordKind.STAFF_REPORT, 40)).freezes(MINUTES), "same id, other kind");
        assertFalse(hold(new HoldScope.OneRecord(RecordKind.MINUTES, 41)).freezes(MINUTES));
    }

    @Test
    void aHoldOnAMeetingOrABodyCoversItsRecordsAndNotARecordOfNoMeeting() {
        assertTrue(hold(new HoldScope.Meeting(12)).freezes(MINUTES));
        assertFalse(hold(new HoldScope.Meeting(13)).freezes(MINUTES));
        assertTrue(hold(new HoldScope.Body(3)).freezes(MINUTES));
        assertFalse(hold(new HoldScope.Body(4)).freezes(MINUTES));
        assertFalse(hold(new HoldScope.Meeting(12)).freezes(LOOSE_REPORT));
        assertFalse(hold(new HoldScope.Body(3)).freezes(LOOSE_REPORT));
    }

    @Test
    void aDateRangeIncludesBothEndsAndTheLeapDay() {
        assertTrue(hold(new HoldScope.DateRange(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 29)))
                .freezes(MINUTES), "a range of one day, the leap day");
        assertTrue(hold(new HoldScope.DateRange(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 2, 29)))
                .freezes(MINUTES), "last day included");
        assertTrue(hold(new HoldScope.DateRange(LocalDate.of(2028, 2, 29), LocalDate.of(2028, 12, 31)))
                .freezes(MINUTES), "first day included");
        assertFalse(hold(new HoldScope.DateRange(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 2, 28)))
                .freezes(MINUTES));
        assertFalse(hold(new HoldScope.DateRange(LocalDate.of(2028, 3, 1), LocalDate.of(2028, 3, 31)))
                .freezes(MINUTES));
    }

    @Test
    void aSavedSearchCoversWhatItFoundWhenPlacedAndNothingElse() {
        HoldScope search = new HoldScope.SavedSearch("road salt", Set.of(new RecordPlace.Key(RecordKind.MINUTES, 40)));
        assertTrue(hold(search).freezes(MINUTES));
        assertFalse(hold(search).freezes(LOOSE_REPORT));
    }

    @Test
    void aLiftedHoldFreezesNothingAndIsNotLiftedTwice() {
        LegalHold lifted = hold(new HoldScope.Meeting(12)).lift(PLACED.plusSeconds(86_400));
        assertFalse(lifted.freezes(MINUTES));
        assertEquals("hold.alreadyLifted", assertThrows(RuleViolation.class,
                () -> lifted.lift(PLACED.plusSeconds(90_000))).key());
    }

    @Test
    void theFreezingHoldsOfARecordAreRefusedByMatter() {
        LegalHold litigation = hold(new HoldScope.Body(3));
        LegalHold foi = new LegalHold(2, "FOI 2028-014", "request received", new HoldScope.Meeting(12), PLACED, null);
        LegalHold elsewhere = new LegalHold(3, "Audit 2028", "auditor's request", new HoldScope.Meeting(99), PLACED,
                null);
        List<LegalHold> freezing = LegalHold.freezing(List.of(litigation, foi, elsewhere), MINUTES);
        assertEquals(List.of(litigation, foi), freezing);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> LegalHold.requireNoneActive(freezing));
        assertEquals("hold.frozen", refused.key());
        assertTrue(refused.getMessage().contains("Smith v. Lakeview Harbour; FOI 2028-014"), refused.getMessage());
        LegalHold.requireNoneActive(LegalHold.freezing(List.of(elsewhere), MINUTES));
    }

    @Test
    void aHoldNeedsAMatterAReasonAScopeAndAnOrderedRange() {
        assertEquals("hold.matterAndReason", assertThrows(RuleViolation.class,
                () -> new LegalHold(1, "Matter", " ", new HoldScope.Meeting(1), PLACED, null)).key());
        assertEquals("hold.scope", assertThrows(RuleViolation.class,
                () -> new LegalHold(1, "Matter", "Reason", null, PLACED, null)).key());
        assertEquals("hold.range", assertThrows(RuleViolation.class,
                () -> new HoldScope.DateRange(LocalDate.of(2028, 3, 1), LocalDate.of(2028, 2, 29))).key());
        assertEquals("hold.scope", assertThrows(RuleViolation.class, () -> new HoldScope.Meeting(0)).key());
        assertEquals("hold.scope", assertThrows(RuleViolation.class,
                () -> new HoldScope.SavedSearch(" ", Set.of())).key());
        assertEquals("hold.tooLong", assertThrows(RuleViolation.class,
                () -> new LegalHold(1, "M".repeat(201), "Reason", new HoldScope.Meeting(1), PLACED, null)).key());
    }
}
