package ca.quorum.records.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Period;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import ca.quorum.records.domain.ClassificationPlan;
import ca.quorum.records.domain.FinalAction;
import ca.quorum.records.domain.RecordClass;
import ca.quorum.records.domain.RetentionRule;
import ca.quorum.records.domain.RetentionTrigger;
import ca.quorum.records.domain.StartingPlan;
import ca.quorum.shared.domain.RuleViolation;

class PlanCsvTest {

    private static final String HEADER = String.join(",", PlanCsv.HEADER) + "\r\n";

    @Test
    void theStartingPlanSurvivesARoundTripExactly() {
        StringWriter out = new StringWriter();
        PlanCsv.write(new ClassificationPlan(StartingPlan.classes()), out);
        assertTrue(out.toString().startsWith(HEADER), out.toString());
        assertEquals(new ClassificationPlan(StartingPlan.classes()).classes(),
                PlanCsv.read(new StringReader(out.toString())));
    }

    @Test
    void commasQuotesAccentsAndFormulaLookingTextComeBackAsTheyWere() {
        RecordClass tricky = new RecordClass("X1", "Deeds, \"easements\" and =SUM(A1)", "Actes, « servitudes »",
                "-1 kept", null, new RetentionRule("E+7", Period.ofYears(7), Period.ZERO, RetentionTrigger.EVENT,
                        "contract expiry", true, FinalAction.DESTROY));
        StringWriter out = new StringWriter();
        PlanCsv.write(new ClassificationPlan(List.of(tricky)), out);
        assertTrue(out.toString().contains("'=SUM(A1)") || out.toString().contains("\"Deeds,"), out.toString());
        assertTrue(out.toString().contains("'-1 kept"), "a cell starting with '-' is not a formula: " + out);
        assertEquals(List.of(tricky), PlanCsv.read(new StringReader(out.toString())));
    }

    @Test
    void everyBadLineIsReportedByItsNumberAndNothingIsImported() {
        String csv = HEADER
                + "A,Administration,Administration,,,P,0,0,CREATED,,false,PERMANENT\r\n"
                + "A01,,Procès,,A,C+2,24,0,CREATED,,true,DESTROY\r\n"
                + "A02,Policies,Politiques,,A,C+2,two,0,CREATED,,true,DESTROY\r\n"
                + "A03,Forms,Formulaires,,A,C+2,24,0,WHENEVER,,true,DESTROY\r\n";
        RuleViolation refused = assertThrows(RuleViolation.class, () -> PlanCsv.read(new StringReader(csv)));
        String all = String.join(" ", refused.reasons());
        assertTrue(all.contains("Line 3:") && all.contains("Line 4:") && all.contains("Line 5:"), all);
        assertTrue(!all.contains("Line 2:"), all);
        assertTrue(all.contains("\"WHENEVER\" is not one of"), all);
        assertTrue(String.join(" ", refused.reasons(Locale.CANADA_FRENCH)).contains("Ligne 3 :"), "in French too");
    }

    @Test
    void aWrongHeaderAMissingParentAndAnEmptyFileAreRefused() {
        assertEquals("plan.csvHeader", assertThrows(RuleViolation.class,
                () -> PlanCsv.read(new StringReader("code,title\r\nA,B\r\n"))).key());
        assertEquals("plan.csvEmpty", assertThrows(RuleViolation.class,
                () -> PlanCsv.read(new StringReader(HEADER))).key());
        String orphan = HEADER + "A01,Minutes,Procès-verbaux,,ZZ,P,0,0,ADOPTED,,false,PERMANENT\r\n";
        assertThrows(RuleViolation.class, () -> PlanCsv.read(new StringReader(orphan)), "parent ZZ is missing");
    }
}
