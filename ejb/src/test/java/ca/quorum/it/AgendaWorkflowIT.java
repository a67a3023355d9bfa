package ca.quorum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ca.quorum.demo.DemoSeeder;
import ca.quorum.documents.infrastructure.TestPdfs;
import ca.quorum.meeting.application.AgendaDraft;
import ca.quorum.meeting.application.ApprovalChain;
import ca.quorum.meeting.application.Bodies;
import ca.quorum.meeting.application.Agendas;
import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.PacketStatusView;
import ca.quorum.meeting.application.Packets;
import ca.quorum.meeting.application.ReportDetail;
import ca.quorum.meeting.application.StaffReports;
import ca.quorum.meeting.domain.ApprovalStepSpec;
import ca.quorum.meeting.domain.BodyKind;
import ca.quorum.meeting.domain.MemberRole;
import ca.quorum.meeting.domain.PublishedAgenda;
import ca.quorum.meeting.domain.SectionKind;
import ca.quorum.meeting.domain.TemplateSection;
import ca.quorum.shared.application.RecordNotFoundException;
import ca.quorum.shared.application.RequestRefusedException;
import ca.quorum.shared.domain.RuleViolation;
import ca.quorum.shared.tenant.TenantContext;

/**
 * Staff reports through their approval chain onto a published agenda, and the packet built from it, inside
 * WildFly against real PostgreSQL; each step runs as the Lakeview Harbour demo user who would take it.
 */
@ExtendWith(ArquillianExtension.class)
class AgendaWorkflowIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ejbApplication();
    }

    @Inject
    AsAuthor author;

    @Inject
    AsManager manager;

    @Inject
    AsDirector director;

    @Inject
    AsClerk clerk;

    @Inject
    StaffReports reports;

    @Inject
    Agendas agendas;

    @Inject
    Packets packets;

    @Inject
    MeetingCalendar calendar;

    @Inject
    Bodies bodies;

    @Inject
    ApprovalChain chain;

    @Inject
    Sql sql;

    private static <T> T in(Callable<T> work) {
        return Act.in(DemoSeeder.LAKEVIEW, work);
    }

    private <T> T asAuthor(Callable<T> work) {
        return in(() -> author.call(work));
    }

    private <T> T asManager(Callable<T> work) {
        return in(() -> manager.call(work));
    }

    private <T> T asDirector(Callable<T> work) {
        return in(() -> director.call(work));
    }

    private <T> T asClerk(Callable<T> work) {
        return in(() -> clerk.call(work));
    }

    private ReportDetail submittedReport(String title) throws Exception {
        Path pdf = TestPdfs.pages(Files.createTempFile("report", ".pdf"), title.toUpperCase(), 3);
        ReportDetail draft = asAuthor(() -> reports.draft(title, "That Council approve " + title + ".",
                "Background of " + title + "."));
        asAuthor(() -> reports.attach(draft.id(), title + ".pdf", pdf));
        ReportDetail submitted = asAuthor(() -> reports.submit(draft.id()));
        assertEquals("IN_APPROVAL", submitted.status());
        assertEquals("manager", submitted.waitingFor());
        return submitted;
    }

    private ReportDetail approvedReport(String title) throws Exception {
        long id = submittedReport(title).id();
        asManager(() -> reports.approve(id, ""));
        asDirector(() -> reports.approve(id, ""));
        return asClerk(() -> reports.approve(id, "For the council agenda."));
    }

    private long councilMeeting(int daysAhead) {
        long council = in(() -> calendar.bodies()).stream().filter(b -> b.kind().equals("COUNCIL")).findFirst()
                .orElseThrow().id();
        return asClerk(() -> agendas.scheduleMeeting(council, "Special Council Meeting " + System.nanoTime(), true,
                LocalDateTime.of(LocalDate.now().plusDays(daysAhead), LocalTime.of(19, 0)), "Council Chamber"));
    }

    private static AgendaDraft.Section section(AgendaDraft agenda, String kind) {
        return agenda.sections().stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
    }

    private PacketStatusView awaitPacket(long meetingId, long afterBuild) throws Exception {
        for (int i = 0; i < 240; i++) {
            PacketStatusView status = asClerk(() -> packets.status(meetingId));
            if (status.latest() != null && status.latest().id() > afterBuild && !status.building()) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the packet of meeting " + meetingId + " was not built within a minute");
    }

    private long auditEntries(String action, long reportId) {
        return sql.number("select count(*) from audit_entry where tenant = ? and subject_type = ? and action = ? "
                + "and subject_id = ?", DemoSeeder.LAKEVIEW, "staff-report", action, Long.toString(reportId));
    }

    @Test
    void aReportGoesFromDraftThroughEachApprovalOntoAPublishedAgendaAndPacket() throws Exception {
        ReportDetail report = submittedReport("Road salt tender");
        long id = report.id();
        RuleViolation notYours = assertThrows(RuleViolation.class, () -> asDirector(() -> reports.approve(id, "")));
        assertTrue(notYours.getMessage().contains("waits for manager"), notYours.getMessage());
        assertEquals("director", asManager(() -> reports.approve(id, "Fine by me.")).waitingFor());
        assertEquals("clerk", asDirector(() -> reports.approve(id, "")).waitingFor());
        ReportDetail approved = asClerk(() -> reports.approve(id, "For the council agenda."));
        assertEquals("APPROVED", approved.status());
        assertEquals(List.of("drafted", "submitted", "approved: Manager", "approved: Director", "approved: Clerk"),
                approved.history().stream().map(ReportDetail.Event::action).toList());
        assertEquals(1, auditEntries("ReportDrafted", id));
        assertEquals(1, auditEntries("ReportAttachmentAdded", id));
        assertEquals(1, auditEntries("ReportSubmitted", id));
        assertEquals(2, auditEntries("ReportStepApproved", id));
        assertEquals(1, auditEntries("ReportApproved", id));

        long meeting = councilMeeting(30);
        AgendaDraft agenda = asClerk(() -> agendas.agenda(meeting));
        long reportsSection = section(agenda, "REPORTS").id();
        long closedSection = section(agenda, "CLOSED_SESSION").id();
        asClerk(() -> agendas.addItem(meeting, reportsSection, null, null, null, null, id));
        agenda = asClerk(() -> agendas.addItem(meeting, closedSection, "Offer from J. Smith for 12 Harbour Road",
                "Offer: $1.2M", "239(2)(c)", "Proposed disposition of land, Ward 2", null));
        assertEquals("6.1", section(agenda, "REPORTS").items().get(0).number());
        assertEquals("8.1", section(agenda, "CLOSED_SESSION").items().get(0).number());
        assertTrue(agenda.publishProblems().isEmpty(), agenda.publishProblems().toString());

        assertEquals(1, asClerk(() -> agendas.publish(meeting)));
        PublishedAgenda members = asClerk(() -> agendas.published(meeting, 0));
        PublishedAgenda pub = in(() -> agendas.published(meeting, 0));
        assertEquals("Offer from J. Smith for 12 Harbour Road", members.sections().get(7).items().get(0).title());
        assertEquals("Proposed disposition of land, Ward 2", pub.sections().get(7).items().get(0).title());
        assertEquals("Road salt tender", pub.sections().get(5).items().get(0).report().title());

        PacketStatusView packet = awaitPacket(meeting, 0);
        assertEquals("PUBLISHED", packet.latest().status(), packet.latest().message());
        assertEquals(100, packet.latest().progress());
        assertEquals(64, packet.published().sha256().length());
        ByteArrayOutputStream publicPacket = new ByteArrayOutputStream();
        in(() -> {
            packets.writePacket(meeting, publicPacket);
            return null;
        });
        try (PDDocument pdf = Loader.loadPDF(publicPacket.toByteArray())) {
            assertEquals(packet.published().pages(), pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("ROAD SALT TENDER page 3"), "the attachment is in the packet");
            assertTrue(text.contains("Proposed disposition of land, Ward 2"));
            assertFalse(text.contains("Harbour Road"), "the public packet has no closed title");
            assertFalse(text.contains("$1.2M"));
        }
        ByteArrayOutputStream membersPacket = new ByteArrayOutputStream();
        asClerk(() -> {
            packets.writePacket(meeting, membersPacket);
            return null;
        });
        try (PDDocument pdf = Loader.loadPDF(membersPacket.toByteArray())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("12 Harbour Road"));
        }

        // a failed build's message may name a closed item: the public status says only that it failed
        long rebuild = asClerk(() -> packets.requestBuild(meeting));
        awaitPacket(meeting, 0);
        sql.update("update agenda_packet set status = 'FAILED', message = ? where id = ?",
                "Attachment offer.pdf of item 8.1 Offer from J. Smith for 12 Harbour Road could not be read", rebuild);
        PacketStatusView failedForAnyone = in(() -> packets.status(meeting));
        assertEquals("FAILED", failedForAnyone.latest().status());
        assertNull(failedForAnyone.latest().message(), "no closed title in a public answer");
        assertTrue(asClerk(() -> packets.status(meeting)).latest().message().contains("12 Harbour Road"),
                "the clerk sees why it failed");
    }

    @Test
    void aReturnedReportIsRevisedAndStartsOverAndARejectedOneStaysOffTheAgenda() throws Exception {
        long id = submittedReport("Dog park").id();
        asManager(() -> reports.approve(id, ""));
        assertThrows(RuleViolation.class, () -> asDirector(() -> reports.returnToAuthor(id, " ")),
                "a return needs a comment");
        ReportDetail returned = asDirector(() -> reports.returnToAuthor(id, "Add the maintenance costs."));
        assertEquals("RETURNED", returned.status());
        assertEquals(1, auditEntries("ReportReturned", id));
        assertThrows(RuleViolation.class, () -> asManager(() -> reports.revise(id, "x", "y", "z")));
        asAuthor(() -> reports.revise(id, "Dog park, revised", "That Council approve the dog park.",
                "Maintenance: $4,000 a year."));
        assertEquals("manager", asAuthor(() -> reports.submit(id)).waitingFor(), "the chain starts over");

        ReportDetail rejected = asManager(() -> reports.reject(id, "Not in this year's budget."));
        assertEquals("REJECTED", rejected.status());
        assertEquals(1, auditEntries("ReportRejected", id));
        assertThrows(RuleViolation.class, () -> asAuthor(() -> reports.submit(id)));

        long meeting = councilMeeting(30);
        long reportsSection = section(asClerk(() -> agendas.agenda(meeting)), "REPORTS").id();
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> asClerk(() -> agendas.addItem(meeting, reportsSection, null, null, null, null, id)));
        assertTrue(refused.getMessage().contains("rejected"), refused.getMessage());
        assertTrue(asClerk(() -> agendas.agenda(meeting)).sections().stream().allMatch(s -> s.items().isEmpty()));
    }

    @Test
    void anAgendaWithAnUnapprovedReportIsNotPublished() throws Exception {
        long id = submittedReport("Library hours").id();
        long meeting = councilMeeting(30);
        long reportsSection = section(asClerk(() -> agendas.agenda(meeting)), "REPORTS").id();
        asClerk(() -> agendas.addItem(meeting, reportsSection, null, null, null, null, id));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> asClerk(() -> agendas.publish(meeting)));
        assertTrue(refused.getMessage().contains("in approval"), refused.getMessage());
        assertEquals(0, sql.number("select count(*) from agenda_revision where meeting_id = ?", meeting));
        assertEquals(0, sql.number("select count(*) from agenda_packet where meeting_id = ?", meeting));
        assertThrows(RecordNotFoundException.class, () -> in(() -> agendas.published(meeting, 0)));
        asManager(() -> reports.approve(id, ""));
        asDirector(() -> reports.approve(id, ""));
        asClerk(() -> reports.approve(id, ""));
        assertEquals(1, asClerk(() -> agendas.publish(meeting)));
        awaitPacket(meeting, 0);
    }

    @Test
    void lateItemsWaitForTheClerkAndRepublishingMakesARevision() throws Exception {
        long meeting = councilMeeting(2);
        AgendaDraft agenda = asClerk(() -> agendas.agenda(meeting));
        long consent = section(agenda, "CONSENT").id();
        agenda = asClerk(() -> agendas.addItem(meeting, consent, "Correspondence from the Library Board", "",
                null, null, null));
        AgendaDraft.Item late = section(agenda, "CONSENT").items().get(0);
        assertTrue(late.late() && late.awaitingApproval());
        assertThrows(RuleViolation.class, () -> asClerk(() -> agendas.publish(meeting)));
        asClerk(() -> agendas.approveLateItem(meeting, late.id()));
        assertEquals(1, asClerk(() -> agendas.publish(meeting)));
        long firstBuild = awaitPacket(meeting, 0).latest().id();
        asClerk(() -> agendas.addItem(meeting, consent, "Petition about Elm Street parking", "", null, null, null));
        long second = section(asClerk(() -> agendas.agenda(meeting)), "CONSENT").items().get(1).id();
        asClerk(() -> agendas.approveLateItem(meeting, second));
        assertEquals(2, asClerk(() -> agendas.publish(meeting)));
        assertEquals("Revised agenda 2", in(() -> agendas.published(meeting, 0)).label("en"));
        assertEquals(1, in(() -> agendas.published(meeting, 1)).sections().get(4).items().size(),
                "revision 1 is kept as it was");
        assertEquals(List.of(2, 1), in(() -> agendas.revisions(meeting)).stream().map(r -> r.number()).toList());
        assertEquals(2, awaitPacket(meeting, firstBuild).published().revision());
    }

    @Test
    void badAttachmentsAreRefusedByNameAndStoreNothing() throws Exception {
        ReportDetail draft = asAuthor(() -> reports.draft("Water rates", "That Council set the rates.", ""));
        Path dir = Files.createTempDirectory("bad");
        record Case(String name, Path file, String reason) {
        }
        List<Case> cases = List.of(
                new Case("rates.xlsx", TestPdfs.notPdf(dir.resolve("a")), "\"rates.xlsx\" is not a PDF file."),
                new Case("broken.pdf", TestPdfs.corrupt(dir.resolve("b")), "\"broken.pdf\" is damaged"),
                new Case("locked.pdf", TestPdfs.encrypted(dir.resolve("c")), "\"locked.pdf\" is encrypted"));
        for (Case c : cases) {
            RequestRefusedException refused = assertThrows(RequestRefusedException.class,
                    () -> asAuthor(() -> reports.attach(draft.id(), c.name(), c.file())));
            assertTrue(refused.getMessage().startsWith(c.reason()), refused.getMessage());
        }
        System.setProperty("QUORUM_MAX_UPLOAD_MB", "1");
        try {
            Path big = TestPdfs.padded(TestPdfs.pages(dir.resolve("d"), "BIG", 3), 2_000_000);
            RequestRefusedException refused = assertThrows(RequestRefusedException.class,
                    () -> asAuthor(() -> reports.attach(draft.id(), "big.pdf", big)));
            assertTrue(refused.getMessage().matches("\"big\\.pdf\" is [0-9.]+ MB, over the limit of 1\\.0 MB\\."),
                    refused.getMessage());
        } finally {
            System.clearProperty("QUORUM_MAX_UPLOAD_MB");
        }
        // packets of other tests may be stored meanwhile: look for these files' content and this report's entries
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                assertEquals(0, sql.number("select count(*) from stored_file where sha256 = ?",
                        ca.quorum.documents.infrastructure.FileStore.sha256(file)), file + " was stored");
            }
        }
        assertEquals(0, sql.number("select count(*) from audit_entry where tenant = ? and subject_type = ? "
                + "and subject_id = ? and action <> ?", DemoSeeder.LAKEVIEW, "staff-report", Long.toString(draft.id()),
                "ReportDrafted"));
        assertEquals(0, sql.number("select count(*) from report_attachment where report_id = ?", draft.id()));
        assertTrue(asAuthor(() -> reports.report(draft.id())).attachments().isEmpty());
    }

    @Test
    void anAttachmentBrokenAtPacketTimeFailsThatBuildAndThePublishedPacketStays() throws Exception {
        ReportDetail report = approvedReport("Arena roof");
        long meeting = councilMeeting(30);
        long reportsSection = section(asClerk(() -> agendas.agenda(meeting)), "REPORTS").id();
        asClerk(() -> agendas.addItem(meeting, reportsSection, null, null, null, null, report.id()));
        asClerk(() -> agendas.publish(meeting));
        PacketStatusView good = awaitPacket(meeting, 0);
        assertEquals("PUBLISHED", good.latest().status());

        String chunk = "select data from stored_file_chunk where seq = 0 and file_id = (select id from stored_file "
                + "where tenant = ? and sha256 = ?)";
        byte[] original = sql.bytes(chunk, DemoSeeder.LAKEVIEW, report.attachments().get(0).sha256());
        sql.update("update stored_file_chunk set data = ? where file_id = (select id from stored_file where "
                + "tenant = ? and sha256 = ?)", "not a pdf any more".getBytes(), DemoSeeder.LAKEVIEW,
                report.attachments().get(0).sha256());
        try {
            long rebuild = asClerk(() -> packets.requestBuild(meeting));
            PacketStatusView failed = awaitPacket(meeting, good.latest().id());
            assertEquals(rebuild, failed.latest().id());
            assertEquals("FAILED", failed.latest().status());
            assertTrue(failed.latest().message().contains("\"Arena roof.pdf\" of item 6.1 \"Arena roof\""),
                    failed.latest().message());
            assertEquals(good.published(), failed.published(), "the packet published before stays published");
        } finally {
            // the store mended, so that fixity checks and backup verifications later find it whole
            sql.update("update stored_file_chunk set data = ? where seq = 0 and file_id = (select id from stored_file "
                    + "where tenant = ? and sha256 = ?)", original, DemoSeeder.LAKEVIEW,
                    report.attachments().get(0).sha256());
        }
    }

    @Test
    void theClerkKeepsBodiesAndTermsAndRefusalsStoreNothing() throws Exception {
        long board = asClerk(() -> bodies.createBody("Library Board", "Conseil de la bibliothèque", BodyKind.BOARD));
        LocalDate start = LocalDate.of(2027, 1, 1);
        asClerk(() -> {
            bodies.seatMember(board, "Councillor Priya Raman", MemberRole.CHAIR, start, null);
            bodies.seatMember(board, "Jean Tremblay (citizen)", MemberRole.MEMBER, start, start.plusYears(4));
            return null;
        });
        assertThrows(RuleViolation.class, () -> asClerk(() -> {
            bodies.seatMember(board, "Councillor Grace Chen", MemberRole.CHAIR, start.plusMonths(6), null);
            return null;
        }));
        MeetingCalendar.BodyDetail detail = in(() -> calendar.body(board));
        assertEquals(2, detail.members().size());
        long citizen = detail.members().stream().filter(m -> m.role().equals("MEMBER")).findFirst().orElseThrow().id();
        asClerk(() -> {
            bodies.endTerm(citizen, LocalDate.of(2028, 2, 29));
            return null;
        });
        assertEquals(LocalDate.of(2028, 2, 29), in(() -> calendar.body(board)).members().stream()
                .filter(m -> m.id() == citizen).findFirst().orElseThrow().termEnd());
        assertThrows(EJBAccessException.class, () -> asAuthor(() -> bodies.createBody("X", "X", BodyKind.BOARD)));
        assertEquals(0, sql.number("select count(*) from body where name = 'X'"));
        assertEquals(1, sql.number("select count(*) from audit_entry where tenant = ? and action = 'MemberSeated' "
                + "and subject_id = ? and details like ?", DemoSeeder.LAKEVIEW, Long.toString(board), "%CHAIR%"));
    }

    @Test
    void theClerksTemplateShapesNewAgendasAndABadTemplateChangesNothing() throws Exception {
        long finance = in(() -> calendar.bodies()).stream()
                .filter(b -> b.name().equals("Finance and Administration Committee")).findFirst().orElseThrow().id();
        List<TemplateSection> sections = List.of(
                new TemplateSection("Call to Order", "Ouverture", SectionKind.CALL_TO_ORDER),
                new TemplateSection("Budget Variance Reports", "Écarts budgétaires", SectionKind.REPORTS),
                new TemplateSection("Closed Session", "Huis clos", SectionKind.CLOSED_SESSION),
                new TemplateSection("Adjournment", "Levée", SectionKind.ADJOURNMENT));
        asClerk(() -> {
            agendas.saveTemplate(finance, sections, 10, LocalTime.of(16, 30));
            return null;
        });
        RuleViolation refused = assertThrows(RuleViolation.class, () -> asClerk(() -> {
            agendas.saveTemplate(finance, List.of(new TemplateSection("In camera", "", SectionKind.CLOSED_SESSION),
                    new TemplateSection("In camera again", "", SectionKind.CLOSED_SESSION)), 3, LocalTime.NOON);
            return null;
        }));
        assertTrue(refused.getMessage().contains("only one closed session"), refused.getMessage());
        assertEquals(10, in(() -> calendar.body(finance)).agendaDeadlineDays(), "the refused save changed nothing");

        long meeting = asClerk(() -> agendas.scheduleMeeting(finance, "Finance Committee " + System.nanoTime(), false,
                LocalDateTime.of(LocalDate.now().plusDays(30), LocalTime.of(9, 30)), "Committee Room B"));
        AgendaDraft agenda = asClerk(() -> agendas.agenda(meeting));
        assertEquals(List.of("1 Call to Order", "2 Budget Variance Reports", "3 Closed Session", "4 Adjournment"),
                agenda.sections().stream().map(s -> s.number() + " " + s.title()).toList());
        assertEquals(LocalDate.now().plusDays(20), agenda.deadline().toLocalDate());
        assertEquals(LocalTime.of(16, 30), agenda.deadline().toLocalTime());
    }

    @Test
    void theClerkSetsTheApprovalChainAndUnknownApproversAreRefused() throws Exception {
        Callable<List<ApprovalStepSpec>> current = () -> chain.steps();
        List<ApprovalStepSpec> before = inPinecrest(current);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> inPinecrest(() -> chain.replace(List.of(
                new ApprovalStepSpec("Direction", "nobody"), new ApprovalStepSpec("Greffière", "clerk")))));
        assertEquals(List.of("There is no user nobody to approve the step Direction."), refused.reasons());
        assertEquals(before, inPinecrest(current), "a refused chain changes nothing");
        List<ApprovalStepSpec> wanted = List.of(new ApprovalStepSpec("Direction générale", "admin"),
                new ApprovalStepSpec("Greffière", "clerk"));
        inPinecrest(() -> chain.replace(wanted));
        assertEquals(wanted, inPinecrest(current));
        inPinecrest(() -> chain.replace(before));
        assertEquals(before, inPinecrest(current));
        assertThrows(EJBAccessException.class, () -> TenantContext.callAs(DemoSeeder.PINECREST,
                () -> chain.replace(wanted)));
    }

    private <T> T inPinecrest(Callable<T> work) {
        return Act.in(DemoSeeder.PINECREST, () -> clerk.call(work));
    }

    @Test
    void onlyTheClerkBuildsAgendasAndOtherMunicipalitiesSeeNothing() throws Exception {
        long meeting = councilMeeting(30);
        assertThrows(EJBAccessException.class, () -> asAuthor(() -> agendas.agenda(meeting)));
        assertThrows(EJBAccessException.class, () -> in(() -> agendas.publish(meeting)));
        assertThrows(RecordNotFoundException.class, () -> inPinecrest(() -> agendas.agenda(meeting)));
        assertNull(in(() -> packets.status(meeting)).latest());
        assertNotNull(asClerk(() -> agendas.agenda(meeting)));
    }
}
