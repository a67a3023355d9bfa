package ca.quorum.records.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import ca.quorum.shared.domain.RuleViolation;

class ClassificationPlanTest {

    private static final RetentionRule C7 = new RetentionRule("C+7", Period.ofYears(7), Period.ZERO,
            RetentionTrigger.CREATED, null, true, FinalAction.DESTROY);

    private static RecordClass c(String code, String parent) {
        return new RecordClass(code, "Class " + code, "Classe " + code, null, parent, C7);
    }

    private static ClassificationPlan plan() {
        return new ClassificationPlan(List.of(c("C01", null), c("C01.01", "C01"), c("A01", null)));
    }

    @Test
    void classesSitUnderExistingParentsAndListParentsFirst() {
        ClassificationPlan plan = new ClassificationPlan(List.of(c("C01.01", "C01"), c("C01", null)));
        assertEquals(List.of("C01", "C01.01"), plan.classes().stream().map(RecordClass::code).toList());
        assertEquals("plan.noSuchParent", assertThrows(RuleViolation.class, () -> plan.add(c("X01.01", "X01")))
                .key());
        assertEquals("plan.duplicate", assertThrows(RuleViolation.class, () -> plan.add(c("C01", null))).key());
    }

    @Test
    void aClassCannotEndUpUnderItself() {
        ClassificationPlan plan = plan();
        assertEquals("plan.cycle", assertThrows(RuleViolation.class, () -> plan.replace(c("C01", "C01.01"))).key());
        assertEquals("plan.ownParent", assertThrows(RuleViolation.class, () -> c("C01", "C01")).key());
        assertEquals("C01", plan.find("C01").orElseThrow().code());
        assertEquals(null, plan.find("C01").orElseThrow().parent(), "a refused change changed nothing");
    }

    @Test
    void aClassInUseOrWithClassesUnderItCannotBeRemoved() {
        ClassificationPlan plan = plan();
        assertEquals("plan.inUse", assertThrows(RuleViolation.class, () -> plan.remove("A01", code -> true)).key());
        assertEquals("plan.hasChildren", assertThrows(RuleViolation.class, () -> plan.remove("C01", code -> false))
                .key());
        plan.remove("C01.01", code -> false);
        plan.remove("C01", code -> false);
        assertEquals(List.of("A01"), plan.classes().stream().map(RecordClass::code).toList());
        assertEquals("plan.noSuchClass", assertThrows(RuleViolation.class, () -> plan.remove("C01", x -> false))
                .key());
    }

    @Test
    void aBadClassIsRefusedWithEveryReasonInBothLanguages() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> new RecordClass("c 01", "Minutes", " ",
                null, null, null));
        assertEquals(List.of("plan.code", "plan.titles", "plan.rule"), refused.keys());
        assertTrue(refused.reasons(Locale.FRENCH).get(1).contains("anglais et en français"));
    }

    @Test
    void aClassChangeKeepsItsCodeAndSaysWhatItWas() {
        ClassificationPlan plan = plan();
        RecordClass before = plan.replace(new RecordClass("C01.01", "Council minutes", "Procès-verbaux du conseil",
                "Adopted minutes", "C01", RetentionRule.permanent("P", RetentionTrigger.ADOPTED)));
        assertEquals("Class C01.01", before.titleEn());
        assertEquals(FinalAction.PERMANENT, plan.find("C01.01").orElseThrow().rule().action());
        assertEquals("Procès-verbaux du conseil", plan.find("C01.01").orElseThrow().title("fr"));
    }
}
