package ca.quorum.records.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

import ca.quorum.shared.domain.RuleViolation;

class RecordRetentionTest {

    private static final Instant AT = Instant.parse("2027-03-16T14:00:00Z");
    private static final RecordClass AGENDAS = new RecordClass("C01.02", "Agendas", "Ordres du jour", null, null,
            new RetentionRule("C+2", Period.ofYears(2), Period.ZERO, RetentionTrigger.MEETING_DATE, null, true,
                    FinalAction.DESTROY));
    private static final RecordClass MINUTES = new RecordClass("C01.01", "Minutes", "Procès-verbaux", null, null,
            RetentionRule.permanent("P", RetentionTrigger.ADOPTED));
    private static final RecordClass DRAFTS = new RecordClass("C01.03", "Draft minutes", "Procès-verbaux provisoires",
            null, null, new RetentionRule("S+1", Period.ofYears(1), Period.ZERO, RetentionTrigger.SUPERSEDED, null,
                    false, FinalAction.DESTROY));

    @Test
    void aRecordGetsItsClassRuleAndDateWhenItIsCreated() {
        RecordRetention agenda = RecordRetention.classify("AGENDA_REVISION", 41, AGENDAS, LocalDate.of(2027, 3, 16),
                AT, "clerk@lakeview-harbour");
        assertEquals("C01.02", agenda.classCode());
        assertEquals(LocalDate.of(2030, 1, 1), agenda.eligibleFrom());
        assertEquals(1, agenda.history().size());
        assertEquals("classified at creation", agenda.history().get(0).reason());
    }

    @Test
    void aDateFollowsTheTriggerWhenItHappensLater() {
        RecordRetention draft = RecordRetention.classify("MINUTES_VERSION", 7, DRAFTS, null, AT, "clerk");
        assertNull(draft.eligibleFrom(), "not superseded yet: kept");
        draft.triggered(LocalDate.of(2028, 2, 29), AT.plusSeconds(60), "clerk");
        assertEquals(LocalDate.of(2029, 3, 1), draft.eligibleFrom());
        assertEquals(null, draft.history().get(1).fromDate());
        assertEquals(LocalDate.of(2029, 3, 1), draft.history().get(1).toDate());
        assertEquals("retention.triggerDay", assertThrows(RuleViolation.class, () -> draft.triggered(null, AT,
                "clerk")).key());
    }

    @Test
    void aClassChangeRecomputesTheDateFromTheSameTriggerAndKeepsWhatItWas() {
        RecordRetention record = RecordRetention.classify("MINUTES", 9, AGENDAS, LocalDate.of(2027, 3, 16), AT,
                "clerk");
        record.reclassify(MINUTES, "minutes were filed as an agenda", AT.plusSeconds(3600), "records");
        assertEquals("C01.01", record.classCode());
        assertNull(record.eligibleFrom(), "permanent now");
        RecordRetention.Change change = record.history().get(1);
        assertEquals("C01.02", change.fromClass());
        assertEquals("C01.01", change.toClass());
        assertEquals("C+2", change.fromRule());
        assertEquals("P", change.toRule());
        assertEquals(LocalDate.of(2030, 1, 1), change.fromDate());
        assertNull(change.toDate());
        assertEquals("records", change.by());
        record.reclassify(AGENDAS, "back again, by mistake", AT.plusSeconds(7200), "records");
        assertEquals(LocalDate.of(2030, 1, 1), record.eligibleFrom(), "the same trigger gives the same date");
        assertEquals(3, record.history().size());
    }

    @Test
    void aClassChangeNeedsAReasonAndChangesNothingWithout() {
        RecordRetention record = RecordRetention.classify("AGENDA_REVISION", 41, AGENDAS, LocalDate.of(2027, 3, 16),
                AT, "clerk");
        assertEquals("retention.reason", assertThrows(RuleViolation.class, () -> record.reclassify(MINUTES, " ",
                AT, "records")).key());
        assertEquals("C01.02", record.classCode());
        assertEquals(1, record.history().size());
    }
}
