package ca.quorum.records.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StartingPlanTest {

    private static final ClassificationPlan PLAN = new ClassificationPlan(StartingPlan.classes());

    @ParameterizedTest(name = "{0}")
    @EnumSource(RecordKind.class)
    void everyKindOfRecordHasItsClassFromTheStart(RecordKind kind) {
        assertTrue(PLAN.find(kind.startingClass()).isPresent(), kind + " files under " + kind.startingClass());
    }

    @Test
    void adoptedMinutesAndByLawsAreKeptPermanently() {
        assertEquals(FinalAction.PERMANENT, PLAN.find(RecordKind.MINUTES.startingClass()).orElseThrow().rule()
                .action());
        assertEquals(FinalAction.PERMANENT, PLAN.find(RecordKind.BYLAW.startingClass()).orElseThrow().rule()
                .action());
        assertEquals(RetentionTrigger.ADOPTED, PLAN.find("C01.03").orElseThrow().rule().trigger());
    }

    @Test
    void agendasAreReviewedForTheArchivesTenYearsAfterTheYearOfTheirMeeting() {
        RetentionRule agendas = PLAN.find(RecordKind.AGENDA_REVISION.startingClass()).orElseThrow().rule();
        assertEquals(FinalAction.REVIEW, agendas.action());
        assertEquals(LocalDate.of(2038, 1, 1), agendas.eligibleFrom(LocalDate.of(2027, 11, 30)).orElseThrow());
    }

    @Test
    void everyClassHasBothTitlesAndParentsComeFirst() {
        assertEquals(StartingPlan.classes().size(), PLAN.classes().size());
        PLAN.classes().forEach(c -> assertTrue(!c.titleEn().isBlank() && !c.titleFr().isBlank(), c.code()));
        assertEquals("A", PLAN.classes().get(0).code());
    }
}
