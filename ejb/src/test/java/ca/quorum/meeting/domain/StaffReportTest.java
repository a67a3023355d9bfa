package ca.quorum.meeting.domain;

import static ca.quorum.meeting.domain.MeetingFixtures.EARLY;
import static ca.quorum.meeting.domain.MeetingFixtures.aReport;
import static ca.quorum.meeting.domain.MeetingFixtures.chain;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import ca.quorum.shared.domain.RuleViolation;

class StaffReportTest {

    @Test
    void approvalsGoStepByStepInTheChainsOrder() {
        StaffReport report = aReport("Road salt tender");
        report.submit("author", chain(), EARLY);
        assertEquals(ReportStatus.IN_APPROVAL, report.status());
        assertTrue(report.awaits("manager"));
        assertThrows(RuleViolation.class, () -> report.approve("director", "", EARLY), "director before manager");
        report.approve("manager", "", EARLY);
        assertTrue(report.awaits("director"));
        report.approve("director", "", EARLY);
        report.approve("clerk", "Ready for council.", EARLY);
        assertEquals(ReportStatus.APPROVED, report.status());
        assertTrue(report.pendingStep().isEmpty());
        assertThrows(RuleViolation.class, () -> report.approve("clerk", "", EARLY));
        assertEquals(List.of("drafted", "submitted", "approved: Manager", "approved: Director", "approved: Clerk"),
                report.history().stream().map(ReportEvent::action).toList());
    }

    @Test
    void aReturnedReportIsRevisedAndTheChainStartsOver() {
        StaffReport report = aReport("Road salt tender");
        report.submit("author", chain(), EARLY);
        report.approve("manager", "", EARLY);
        assertThrows(RuleViolation.class, () -> report.returnToAuthor("director", " ", EARLY),
                "a return needs a comment");
        report.returnToAuthor("director", "Add the cost per tonne.", EARLY);
        assertEquals(ReportStatus.RETURNED, report.status());
        assertThrows(RuleViolation.class, () -> report.revise("manager", "x", "y", "z"), "only the author edits");
        report.revise("author", "Road salt tender 2027", "That Council award the tender.", "Cost per tonne: $98.");
        report.submit("author", chain(), EARLY);
        assertTrue(report.awaits("manager"), "the chain starts over after a return");
        assertEquals("Add the cost per tonne.", report.history().get(3).comment());
    }

    @Test
    void aRejectedReportIsFinal() {
        StaffReport report = aReport("Dog park");
        report.submit("author", chain(), EARLY);
        assertThrows(RuleViolation.class, () -> report.reject("manager", "", EARLY));
        report.reject("manager", "Out of scope for this term.", EARLY);
        assertEquals(ReportStatus.REJECTED, report.status());
        assertThrows(RuleViolation.class, () -> report.submit("author", chain(), EARLY));
        assertThrows(RuleViolation.class, () -> report.revise("author", "x", "y", "z"));
        assertThrows(RuleViolation.class, () -> report.approve("director", "", EARLY));
    }

    @Test
    void aReportInApprovalCannotBeChanged() {
        StaffReport report = aReport("Dog park");
        report.submit("author", chain(), EARLY);
        assertThrows(RuleViolation.class, () -> report.revise("author", "x", "y", "z"));
        assertThrows(RuleViolation.class, () -> report.submit("author", chain(), EARLY));
    }

    @Test
    void aReportNeedsATitleARecommendationAndAChain() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> new StaffReport("author", "Sam", " ", "", "", EARLY));
        assertEquals(List.of("A report needs a title.", "A report needs a recommendation."), refused.reasons());
        StaffReport report = aReport("Dog park");
        assertThrows(RuleViolation.class, () -> report.submit("author", List.of(), EARLY));
        assertThrows(RuleViolation.class, () -> report.submit("someone-else", chain(), EARLY));
        assertEquals(ReportStatus.DRAFT, report.status());
    }

    @Test
    void aTemplateKeepsOneClosedSessionAndDistinctTitles() {
        Body body = new Body("Council", "Conseil", BodyKind.COUNCIL);
        AgendaTemplate template = new AgendaTemplate(body, AgendaTemplate.STANDARD);
        assertThrows(RuleViolation.class, () -> template.replaceSections(List.of(
                new TemplateSection("In camera", "", SectionKind.CLOSED_SESSION),
                new TemplateSection("In camera 2", "", SectionKind.CLOSED_SESSION))));
        assertThrows(RuleViolation.class, () -> template.replaceSections(List.of(
                new TemplateSection("Reports", "", SectionKind.REPORTS),
                new TemplateSection("reports", "", SectionKind.OTHER))));
        assertThrows(RuleViolation.class, () -> template.replaceSections(List.of()));
        assertEquals(11, template.sections().size(), "a refused edit changes nothing");
        template.replaceSections(List.of(new TemplateSection("Call to Order", null, SectionKind.CALL_TO_ORDER),
                new TemplateSection("Adjournment", "Levée", SectionKind.ADJOURNMENT)));
        assertEquals("Call to Order", template.sections().get(0).titleFr());
    }
}
