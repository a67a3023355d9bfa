package ca.quorum.foi.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.quorum.foi.domain.RecordDecision.Outcome;
import ca.quorum.shared.domain.RuleViolation;

class RecordDecisionTest {

    private static Exemption section(String cited) {
        return Exemption.find(Exemption.MFIPPA, cited).orElseThrow();
    }

    @Test
    void sectionsAreFoundAsOfficersTypeThem() {
        assertEquals("s.14", section("s.14(1)").section());
        assertEquals("s.14", section("14").section());
        assertEquals("s.14", section(" S.14 ").section());
        assertEquals("s.52(3)", section("s.52(3)").section());
        assertEquals(Optional.empty(), Exemption.find(Exemption.MFIPPA, "s.99"));
        assertEquals(Optional.empty(), Exemption.find(Exemption.MFIPPA, "s.1"), "not s.10, s.11… by prefix");
    }

    @Test
    void personalPrivacyThirdPartiesAndGovernmentsAreMandatoryTheOthersDiscretionary() {
        assertTrue(section("s.14").mandatory() && section("s.10").mandatory() && section("s.9").mandatory());
        for (String discretionary : List.of("s.6", "s.7", "s.8", "s.11", "s.12", "s.13", "s.15", "s.38")) {
            assertFalse(section(discretionary).mandatory(), discretionary);
        }
        assertTrue(new RecordDecision(Outcome.RELEASE_IN_PART, Set.of(section("s.14"), section("s.7"))).mandatory());
        assertFalse(new RecordDecision(Outcome.WITHHOLD, Set.of(section("s.12"))).mandatory());
    }

    @Test
    void aRefusalStatesItsSectionsAndAReleaseReliesOnNone() {
        assertEquals("foi.refusalNeedsSections", assertThrows(RuleViolation.class,
                () -> new RecordDecision(Outcome.WITHHOLD, Set.of())).key());
        assertEquals("foi.refusalNeedsSections", assertThrows(RuleViolation.class,
                () -> new RecordDecision(Outcome.RELEASE_IN_PART, null)).key());
        assertEquals("foi.releaseWithoutSections", assertThrows(RuleViolation.class,
                () -> new RecordDecision(Outcome.RELEASE, Set.of(section("s.14")))).key());
        assertEquals("foi.releaseWithoutSections", assertThrows(RuleViolation.class,
                () -> new RecordDecision(Outcome.NO_RECORD, Set.of(section("s.6")))).key());
        assertEquals("foi.decisionOutcome", assertThrows(RuleViolation.class,
                () -> new RecordDecision(null, Set.of())).key());
        assertEquals(Set.of(), new RecordDecision(Outcome.RELEASE, Set.of()).sections());
    }

    @Test
    void aRecordOutsideTheActIsExcludedNotSevered() {
        Exemption labour = section("s.52(3)");
        assertEquals("foi.exclusionIsNotAnExemption", assertThrows(RuleViolation.class,
                () -> new RecordDecision(Outcome.WITHHOLD, Set.of(labour))).key());
        assertEquals("foi.excludedNeedsExclusion", assertThrows(RuleViolation.class,
                () -> new RecordDecision(Outcome.EXCLUDED, Set.of(section("s.14")))).key());
        assertEquals(Set.of(labour), new RecordDecision(Outcome.EXCLUDED, Set.of(labour)).sections());
        String french = String.join(" ", assertThrows(RuleViolation.class, () -> new RecordDecision(Outcome.EXCLUDED,
                Set.of())).reasons(java.util.Locale.CANADA_FRENCH));
        assertTrue(french.contains("soustrait à la Loi"), french);
    }
}
