package ca.quorum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ca.quorum.demo.DemoSeeder;
import ca.quorum.meeting.application.Agendas;
import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.MeetingConsole;
import ca.quorum.meeting.application.MinutesBook;
import ca.quorum.meeting.application.MinutesView;
import ca.quorum.meeting.application.ReportDetail;
import ca.quorum.meeting.application.StaffReports;
import ca.quorum.meeting.domain.minutes.MinutesKind;
import ca.quorum.records.application.LegalHolds;
import ca.quorum.records.domain.HoldScope;
import ca.quorum.records.domain.RecordKind;
import ca.quorum.records.domain.RecordPlace;

/**
 * Records management in WildFly against PostgreSQL: legal holds freeze what they cover, through the services (a
 * refusal naming the matter) and through plain SQL (the database refuses), for every kind of scope.
 */
@ExtendWith(ArquillianExtension.class)
class RecordsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ejbApplication();
    }

    @Inject
    AsClerk clerk;

    @Inject
    AsAuthor author;

    @Inject
    AsRecordsManager recordsManager;

    @Inject
    AsFoi foi;

    @Inject
    MeetingConsole console;

    @Inject
    Agendas agendas;

    @Inject
    MeetingCalendar calendar;

    @Inject
    MinutesBook minutes;

    @Inject
    StaffReports reports;

    @Inject
    LegalHolds holds;

    @Inject
    ca.quorum.records.application.FixityCheck fixity;

    @Inject
    ca.quorum.records.application.Dispositions dispositions;

    @Inject
    ca.quorum.records.application.Transfers transfers;

    @Inject
    ca.quorum.records.application.RetentionSchedule retention;

    @Inject
    ca.quorum.discovery.application.Search search;

    @Inject
    ca.quorum.documents.application.Verification verification;

    @Inject
    ca.quorum.shared.infrastructure.SearchEngine engine;

    @Inject
    Sql sql;

    private static <T> T in(Callable<T> work) {
        return Act.in(DemoSeeder.LAKEVIEW, work);
    }

    private <T> T asClerk(Callable<T> work) {
        return in(() -> clerk.call(work));
    }

    private <T> T asRecordsManager(Callable<T> work) {
        return in(() -> recordsManager.call(work));
    }

    private static void refused(String expected, Callable<?> work) {
        RuntimeException e = assertThrows(RuntimeException.class, work::call);
        assertTrue(Failures.messages(e).contains(expected), "expected '" + expected + "' in: " + Failures.messages(e));
    }

    /** A held meeting with its agenda published, its open minutes drafted; returns meeting, revision, minutes. */
    private long[] meetingWithMinutes(int days) {
        HeldMeetings held = new HeldMeetings(clerk, console, agendas, calendar);
        long[] ids = held.meeting(days);
        int number = asClerk(() -> agendas.publish(ids[0]));
        long revision = sql.number("select id from agenda_revision where meeting_id = ? and number = ?", ids[0],
                number);
        held.run(ids, "That the tender be awarded " + ids[0] + ".", true);
        MinutesView open = asClerk(() -> minutes.generateMinutes(ids[0])).stream()
                .filter(m -> m.kind() == MinutesKind.OPEN).findFirst().orElseThrow();
        return new long[] {ids[0], revision, open.id()};
    }

    private void editMinutes(long minutesId, String text) {
        MinutesView now = asClerk(() -> minutes.minutes(minutesId));
        asClerk(() -> minutes.editMinutes(minutesId, "<p>" + text + "</p>", now.version()));
    }

    @Test
    void aHeldRecordRefusesChangeDispositionAndPurgeThroughTheServicesAndThroughPlainSql() throws Exception {
        long[] m = meetingWithMinutes(45);
        long meeting = m[0];
        long revision = m[1];
        long minutesId = m[2];
        long body = sql.number("select body_id from meeting where id = ?", meeting);
        LocalDate day = LocalDate.parse(sql.text("select recorded_on::text from record_retention where tenant = ? "
                + "and record_type = 'MINUTES' and record_id = ?", DemoSeeder.LAKEVIEW, minutesId));
        // the meeting's log and ballots were filed when it adjourned, permanently
        var log = asClerk(() -> retention.retention(RecordKind.MEETING_LOG, meeting));
        assertEquals("C01.04", log.classCode());
        assertEquals(ca.quorum.records.domain.FinalAction.PERMANENT, log.action());
        assertEquals(day, log.triggeredOn());
        long publicPdf = sql.number("select public_pdf_id from agenda_revision where id = ?", revision);

        List<HoldScope> scopes = List.of(new HoldScope.OneRecord(RecordKind.MINUTES, minutesId),
                new HoldScope.Meeting(meeting), new HoldScope.Body(body), new HoldScope.DateRange(day, day),
                new HoldScope.SavedSearch("tender " + meeting, Set.of(new RecordPlace.Key(RecordKind.MINUTES,
                        minutesId))));
        for (HoldScope scope : scopes) {
            String matter = "Smith v. Lakeview Harbour (" + scope.kind() + ")";
            long hold = asRecordsManager(() -> holds.place(matter, "statement of claim served", scope, "staff"));
            // the service refuses, naming the matter, in the reader's language
            refused("under a legal hold (" + matter + ")", () -> {
                editMinutes(minutesId, "Changed under a hold");
                return null;
            });
            // and so does the database, whatever the path
            refused("under a legal hold", () -> sql.update("update minutes set html = '<p>x</p>' where id = ?",
                    minutesId));
            refused("under a legal hold", () -> sql.update("update record_retention set state = 'DESTROYED' where "
                    + "tenant = ? and record_type = 'MINUTES' and record_id = ?", DemoSeeder.LAKEVIEW, minutesId));
            refused("under a legal hold", () -> sql.update("delete from minutes_version where minutes_id = ?",
                    minutesId));
            assertEquals(1, asClerk(() -> holds.holding(RecordKind.MINUTES, minutesId)).size(), scope.kind());
            assertTrue(asRecordsManager(() -> holds.covered(hold)).contains(new RecordPlace.Key(RecordKind.MINUTES,
                    minutesId)), scope.kind());
            // lifting is audited and kept; afterwards the record changes again
            asRecordsManager(() -> {
                holds.lift(hold, "claim settled");
                return null;
            });
            refused("already been lifted", () -> asRecordsManager(() -> {
                holds.lift(hold, "again");
                return null;
            }));
            assertTrue(asClerk(() -> holds.holding(RecordKind.MINUTES, minutesId)).isEmpty(), scope.kind());
            editMinutes(minutesId, "Changed after the hold on " + scope.kind() + " was lifted");
        }

        // a hold on the meeting covers its agenda revision and the revision's files too
        long hold = asRecordsManager(() -> holds.place("Audit 2027", "auditor's request", new HoldScope.Meeting(
                meeting), "staff"));
        refused("under a legal hold", () -> sql.update("delete from agenda_revision where id = ?", revision));
        refused("under a legal hold", () -> sql.update("delete from stored_file_chunk where file_id = ?", publicPdf));
        refused("under a legal hold", () -> sql.update("update stored_file_chunk set data = '\\x00'::bytea where "
                + "file_id = ?", publicPdf));
        // a hold is never deleted nor rewritten, only lifted
        refused("cannot be deleted", () -> sql.update("delete from legal_hold where id = ?", hold));
        refused("can only be lifted", () -> sql.update("update legal_hold set matter = 'nothing' where id = ?", hold));
        LegalHolds.HoldView view = asClerk(() -> holds.holds()).stream().filter(h -> h.id() == hold).findFirst()
                .orElseThrow();
        assertTrue(view.active());
        assertTrue(view.records() >= 2, "the revision and the minutes: " + view.records());
        assertTrue(view.scopeDetail().startsWith("Council"), view.scopeDetail());
        asRecordsManager(() -> {
            holds.lift(hold, "audit closed");
            return null;
        });
        LegalHolds.HoldView lifted = asClerk(() -> holds.holds()).stream().filter(h -> h.id() == hold).findFirst()
                .orElseThrow();
        assertFalse(lifted.active());
        assertEquals("records@" + DemoSeeder.LAKEVIEW, lifted.liftedBy());
        assertEquals("audit closed", lifted.liftReason());
        assertEquals(1, sql.number("select count(*) from audit_entry where tenant = ? and action = 'LegalHoldLifted' "
                + "and subject_id = ?", DemoSeeder.LAKEVIEW, Long.toString(hold)));
    }

    @Test
    void aReportPlacedOnAHeldMeetingIsHeldAndOnlyTheRecordsAndFoiRolesPlaceHolds() throws Exception {
        ReportDetail report = in(() -> author.call(() -> reports.draft("Held report " + System.nanoTime(),
                "That council receive it.", "<p>Text.</p>")));
        in(() -> author.call(() -> reports.submit(report.id())));
        long meeting = new HeldMeetings(clerk, console, agendas, calendar).meeting(30)[0];
        long hold = in(() -> foi.call(() -> holds.place("FOI 2027-014", "request received",
                new HoldScope.Meeting(meeting), "FOI:2027-014")));
        assertTrue(asClerk(() -> holds.holding(RecordKind.STAFF_REPORT, report.id())).isEmpty(),
                "not in the meeting yet");
        long reportsSection = asClerk(() -> agendas.agenda(meeting)).sections().stream()
                .filter(s -> s.kind().equals("REPORTS")).findFirst().orElseThrow().id();
        asClerk(() -> agendas.addItem(meeting, reportsSection, null, "", null, null, report.id()));
        assertEquals(1, asClerk(() -> holds.holding(RecordKind.STAFF_REPORT, report.id())).size());
        refused("under a legal hold (FOI 2027-014)", () -> in(() -> author.call(() -> reports.revise(report.id(),
                "Changed", "That council receive it.", "<p>Changed.</p>"))));
        refused("under a legal hold", () -> sql.update("update staff_report set title = 'x' where id = ?",
                report.id()));
        assertEquals("FOI:2027-014", asClerk(() -> holds.holds()).stream().filter(h -> h.id() == hold).findFirst()
                .orElseThrow().source());
        // the clerk reads holds but does not place them; a meeting of another municipality is not this one's to hold
        refused("", () -> asClerk(() -> holds.place("x", "y", new HoldScope.Meeting(meeting), "staff")));
        long elsewhere = sql.number("select id from meeting where tenant = ? limit 1", DemoSeeder.PINECREST);
        refused("no meeting " + elsewhere, () -> asRecordsManager(() -> holds.place("x", "y",
                new HoldScope.Meeting(elsewhere), "staff")));
        refused("needs the matter", () -> asRecordsManager(() -> holds.place(" ", "y", new HoldScope.Meeting(
                meeting), "staff")));
        in(() -> foi.call(() -> {
            holds.lift(hold, "request closed");
            return null;
        }));
        assertTrue(asClerk(() -> holds.holding(RecordKind.STAFF_REPORT, report.id())).isEmpty());
        assertEquals(1, sql.update("update staff_report set title = 'Changed after the hold' where id = ?",
                report.id()), "lifted, the database lets it change again");
    }

    @Test
    void aCorruptedFileInTheStoreIsReportedByFixityWithItsRecordAndAudited() throws Exception {
        ReportDetail report = in(() -> author.call(() -> reports.draft("Fixity " + System.nanoTime(),
                "That council receive it.", "<p>Text.</p>")));
        java.nio.file.Path pdf = ca.quorum.documents.infrastructure.TestPdfs.pages(
                java.nio.file.Files.createTempFile("fixity", ".pdf"), "FIXITY " + report.id(), 3);
        in(() -> author.call(() -> reports.attach(report.id(), "fixity.pdf", pdf)));
        long file = sql.number("select file_id from report_attachment where report_id = ?", report.id());

        ca.quorum.records.application.FixityCheck.Run clean = asRecordsManager(() -> fixity.run());
        assertTrue(clean.files() > 0 && clean.bytes() > 0, clean.toString());
        assertTrue(clean.findings().stream().noneMatch(f -> f.fileId() == file), clean.findings().toString());

        // one byte added to the file's first chunk, as a failing disk or a careless hand would
        sql.update("update stored_file_chunk set data = data || '\\x00'::bytea where file_id = ? and seq = 0", file);
        try {
            ca.quorum.records.application.FixityCheck.Run run = asRecordsManager(() -> fixity.run());
            ca.quorum.records.application.FixityCheck.Finding finding = run.findings().stream()
                    .filter(f -> f.fileId() == file).findFirst().orElseThrow(() -> new AssertionError(run.toString()));
            assertEquals(finding.expectedSize() + 1, finding.actualSize());
            assertFalse(finding.expected().equals(finding.actual()));
            assertTrue(finding.records().contains("STAFF_REPORT " + report.id()), finding.records());
            ca.quorum.records.application.FixityCheck.Run latest = asRecordsManager(() -> fixity.latest())
                    .orElseThrow();
            assertEquals(run.id(), latest.id(), "the page shows the last run");
            assertEquals(run.findings(), latest.findings());
            assertEquals(run.mismatches(), latest.mismatches());
            assertEquals(1, sql.number("select count(*) from audit_entry where tenant = ? and action = "
                    + "'FixityMismatch' and subject_id = ? and details like ?", DemoSeeder.LAKEVIEW,
                    Long.toString(file), "%\"run\":" + run.id() + "%"));
            refused("", () -> asClerk(() -> fixity.run()));
        } finally {
            sql.update("update stored_file_chunk set data = substring(data from 1 for length(data) - 1) where "
                    + "file_id = ? and seq = 0", file);
        }
        assertTrue(asRecordsManager(() -> fixity.run()).findings().stream().noneMatch(f -> f.fileId() == file),
                "mended, it is clean again");
    }

    /** A council meeting {@code daysAgo} in the past with one (late, approved) item, its agenda published. */
    private long[] pastMeetingWithAgenda(int daysAgo, String itemTitle) {
        long council = in(() -> calendar.bodies()).stream().filter(b -> b.kind().equals("COUNCIL")).findFirst()
                .orElseThrow().id();
        long meeting = asClerk(() -> agendas.scheduleMeeting(council, "Council " + System.nanoTime(), false,
                java.time.LocalDateTime.of(LocalDate.now().minusDays(daysAgo), java.time.LocalTime.of(19, 0)),
                "Council Chamber"));
        var agenda = asClerk(() -> agendas.agenda(meeting));
        long section = agenda.sections().stream().filter(x -> x.kind().equals("REPORTS")).findFirst().orElseThrow()
                .id();
        agenda = asClerk(() -> agendas.addItem(meeting, section, itemTitle, "", null, null, null));
        long item = agenda.sections().stream().filter(x -> x.kind().equals("REPORTS")).findFirst().orElseThrow()
                .items().get(0).id();
        asClerk(() -> agendas.approveLateItem(meeting, item));
        int number = asClerk(() -> agendas.publish(meeting));
        return new long[] {meeting, sql.number("select id from agenda_revision where meeting_id = ? and number = ?",
                meeting, number)};
    }

    private long foiHits(String text) {
        return in(() -> foi.call(() -> search.foiSearch(ca.quorum.search.SearchQuery.of("ignored", Set.of(),
                "\"" + text + "\"")))).total();
    }

    /** The retention classes the indexed documents of a meeting's agenda carry. */
    private Set<Object> indexedRetentionClasses(long meeting) {
        try {
            var found = engine.connection().client().search(s -> s.index(ca.quorum.search.RecordIndex.ALIAS).size(50)
                    .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("recordId").value(meeting)))
                            .filter(f -> f.term(t -> t.field("type").value("AGENDA"))))), java.util.Map.class);
            Set<Object> classes = new java.util.HashSet<>();
            found.hits().hits().forEach(h -> classes.add(h.source().get("retentionClass")));
            return classes;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void eventually(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        java.time.Instant until = java.time.Instant.now().plusSeconds(60);
        while (!condition.getAsBoolean()) {
            if (java.time.Instant.now().isAfter(until)) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Thread.sleep(250);
            new ca.quorum.search.RecordIndex(engine.connection()).refresh();
        }
    }

    @Test
    void aDispositionBatchDestroysWhatIsDueSkipsWhatIsHeldAndLeavesATombstoneAndASignedCertificate()
            throws Exception {
        String code = "T" + (System.nanoTime() % 100_000_000);
        String destroyedWord = "culvert" + code.toLowerCase();
        String heldWord = "bridge" + code.toLowerCase();
        long[] due = pastMeetingWithAgenda(40, "Replacement of the " + destroyedWord);
        long[] held = pastMeetingWithAgenda(41, "Repair of the " + heldWord);
        eventually("both agendas are searchable", () -> foiHits(destroyedWord) > 0 && foiHits(heldWord) > 0);

        // the records manager adds a class that destroys a day after the meeting, and files both agendas under it
        ca.quorum.records.domain.RecordClass scratch = new ca.quorum.records.domain.RecordClass(code,
                "Working copies " + code, "Copies de travail " + code, "Agendas kept for a day.", null,
                new ca.quorum.records.domain.RetentionRule("M+0", java.time.Period.ZERO, java.time.Period.ZERO,
                        ca.quorum.records.domain.RetentionTrigger.MEETING_DATE, null, false,
                        ca.quorum.records.domain.FinalAction.DESTROY));
        asRecordsManager(() -> retention.saveClass(scratch, "a test class"));
        for (long revision : new long[] {due[1], held[1]}) {
            var card = asRecordsManager(() -> retention.reclassify(RecordKind.AGENDA_REVISION, revision, code,
                    "working copy only"));
            assertEquals(code, card.classCode());
            assertEquals("working copy only", card.history().get(card.history().size() - 1).reason());
        }
        // the search documents carry the record's retention, derived again when it is reclassified
        eventually("the reclassified agenda's documents carry its class", () -> indexedRetentionClasses(held[0])
                .equals(Set.of(code)));
        long hold = asRecordsManager(() -> holds.place("Bridge claim " + code, "notice of claim", new HoldScope.Meeting(
                held[0]), "staff"));
        refused("under a legal hold", () -> asRecordsManager(() -> retention.reclassify(RecordKind.AGENDA_REVISION,
                held[1], "C01.02", "not while held")));
        refused("not 2099-01-01", () -> asRecordsManager(() -> dispositions.propose(LocalDate.of(2099, 1, 1))));

        long batchId = asRecordsManager(() -> dispositions.propose(null));
        var batch = asRecordsManager(() -> dispositions.batch(batchId));
        var dueItem = batch.items().stream().filter(i -> i.recordId() == due[1]).findFirst().orElseThrow();
        var heldItem = batch.items().stream().filter(i -> i.recordId() == held[1]).findFirst().orElseThrow();
        assertTrue(dueItem.included());
        assertFalse(heldItem.included());
        assertEquals("Legal hold: Bridge claim " + code, heldItem.exclusion());
        refused("stays out of the batch", () -> asRecordsManager(() -> {
            dispositions.include(batchId, heldItem.id());
            return null;
        }));
        // only what this test made is destroyed: anything else the batch found is left out, with the reason
        for (var other : batch.items()) {
            if (other.included() && other.recordId() != due[1]) {
                asRecordsManager(() -> {
                    dispositions.exclude(batchId, other.id(), "not this test's record");
                    return null;
                });
            }
        }
        assertEquals(java.util.Map.of(code, 1L), asRecordsManager(() -> dispositions.batch(batchId)).includedByClass());
        refused("", () -> asClerk(() -> dispositions.batch(batchId)));
        asRecordsManager(() -> {
            dispositions.approve(batchId, "Resolution 2027-114");
            return null;
        });
        var executed = asRecordsManager(() -> dispositions.execute(batchId));
        String certificate = executed.certificateNumber();
        assertTrue(certificate.matches("DC-\\d{4}-\\d{4}"), certificate);

        // the content is gone: the revision's text, its files' chunks and page texts, its search documents
        long publicPdf = sql.number("select public_pdf_id from agenda_revision where id = ?", due[1]);
        assertEquals(0, sql.number("select count(*) from stored_file_chunk where file_id = ?", publicPdf));
        assertEquals(0, sql.number("select count(*) from stored_file_page where file_id = ?", publicPdf));
        assertEquals("", sql.text("select snapshot from agenda_revision where id = ?", due[1]));
        var destroyed = assertThrows(ca.quorum.shared.application.RecordDestroyedException.class,
                () -> asClerk(() -> agendas.published(due[0], 0)));
        assertEquals(certificate, destroyed.certificate());
        assertTrue(destroyed.explanation().contains(certificate));
        eventually("the destroyed agenda leaves the index", () -> foiHits(destroyedWord) == 0);
        assertTrue(foiHits(heldWord) > 0, "the held meeting's agenda is still found");
        assertEquals("DESTROYED", sql.text("select state from record_retention where tenant = ? and record_type = "
                + "'AGENDA_REVISION' and record_id = ?", DemoSeeder.LAKEVIEW, due[1]));
        assertEquals("KEPT", sql.text("select state from record_retention where tenant = ? and record_type = "
                + "'AGENDA_REVISION' and record_id = ?", DemoSeeder.LAKEVIEW, held[1]));
        assertTrue(sql.number("select count(*) from stored_file_chunk where file_id = (select public_pdf_id from "
                + "agenda_revision where id = ?)", held[1]) > 0, "the held revision's file is untouched");

        // what remains: the tombstone, the audit's PREMIS deletion event, the signed certificate that verifies
        var tombstone = asRecordsManager(() -> dispositions.tombstone(RecordKind.AGENDA_REVISION, due[1]))
                .orElseThrow();
        assertEquals(certificate, tombstone.certificateNumber());
        assertEquals(code, tombstone.classCode());
        assertEquals("records@" + DemoSeeder.LAKEVIEW, tombstone.approvedBy());
        assertTrue(tombstone.sha256s().contains(sql.text("select sha256 from stored_file where id = ?", publicPdf)));
        assertEquals(1, sql.number("select count(*) from audit_entry where tenant = ? and action = 'RecordDestroyed' "
                + "and subject_id = ? and details like '%\"premis\":\"deletion\"%'", DemoSeeder.LAKEVIEW,
                Long.toString(due[1])));
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        asRecordsManager(() -> {
            dispositions.writeCertificate(batchId, pdf);
            return null;
        });
        String text = ca.quorum.documents.infrastructure.PageText.of(pdf.toByteArray()).toString();
        assertTrue(text.contains(certificate), text);
        assertTrue(text.contains("AGENDA_REVISION " + due[1]), text);
        assertFalse(text.contains("AGENDA_REVISION " + held[1]), "the held record is not on the certificate");
        var verified = in(() -> verification.verify(pdf.toByteArray()));
        assertTrue(verified.record(), "the verification page knows the certificate");
        assertEquals(ca.quorum.documents.domain.RecordType.CERTIFICATE, verified.type());
        assertTrue(verified.allValid(), verified.signatures().toString());

        // executed once; the held record is still held, and lifting the hold lets the next batch take it
        refused("EXECUTED", () -> asRecordsManager(() -> dispositions.execute(batchId)));
        asRecordsManager(() -> {
            holds.lift(hold, "claim withdrawn");
            return null;
        });
        asRecordsManager(() -> retention.reclassify(RecordKind.AGENDA_REVISION, held[1], "C01.02", "kept after all"));
    }

    @Test
    void recordsDueForTransferLeaveAsAVerifiedBagItBagInTheArchivematicaLayout() throws Exception {
        String code = "X" + (System.nanoTime() % 100_000_000);
        long[] due = pastMeetingWithAgenda(50, "Heritage designation " + code);
        ca.quorum.records.domain.RecordClass archival = new ca.quorum.records.domain.RecordClass(code,
                "Heritage agendas " + code, "Ordres du jour patrimoniaux " + code, "Kept by the archives.", null,
                new ca.quorum.records.domain.RetentionRule("M+0T", java.time.Period.ZERO, java.time.Period.ZERO,
                        ca.quorum.records.domain.RetentionTrigger.MEETING_DATE, null, false,
                        ca.quorum.records.domain.FinalAction.TRANSFER));
        asRecordsManager(() -> retention.saveClass(archival, "a test class"));
        asRecordsManager(() -> retention.reclassify(RecordKind.AGENDA_REVISION, due[1], code, "for the archives"));

        var transfer = asRecordsManager(() -> transfers.prepare(null));
        assertTrue(transfer.titles().stream().anyMatch(t -> t.contains("revision 1")), transfer.titles().toString());
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        asRecordsManager(() -> {
            transfers.writeBag(transfer.id(), zipped);
            return null;
        });
        assertEquals(transfer.bagSha256(), java.util.HexFormat.of().formatHex(java.security.MessageDigest
                .getInstance("SHA-256").digest(zipped.toByteArray())));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bag-it");
        String top = null;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipped.toByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                java.nio.file.Path target = dir.resolve(e.getName()).normalize();
                assertTrue(target.startsWith(dir), e.getName());
                java.nio.file.Files.createDirectories(target.getParent());
                java.nio.file.Files.copy(zip, target);
                top = e.getName().substring(0, e.getName().indexOf('/'));
            }
        }
        java.nio.file.Path bag = dir.resolve(top);
        // the library's own verifier: every file against the SHA-256 and SHA-512 manifests
        ca.quorum.records.infrastructure.TransferBag.verified(bag);
        assertTrue(java.nio.file.Files.readString(bag.resolve("bagit.txt")).contains("BagIt-Version: 1.0"));
        java.nio.file.Path objects = bag.resolve("data/objects/AGENDA_REVISION-" + due[1]);
        assertTrue(java.nio.file.Files.exists(objects.resolve("agenda-public.pdf")), "the public agenda");
        String csv = java.nio.file.Files.readString(bag.resolve("data/metadata/metadata.csv"));
        assertTrue(csv.startsWith("filename,dc.title,dc.date,dc.identifier"), csv);
        assertTrue(csv.contains("objects/AGENDA_REVISION-" + due[1] + "/agenda-public.pdf"), csv);
        assertTrue(csv.contains(DemoSeeder.LAKEVIEW + ":AGENDA_REVISION:" + due[1]), csv);
        assertTrue(java.nio.file.Files.readString(bag.resolve("data/metadata/premis.xml")).contains(
                "message digest calculation"));

        refused("receipt", () -> asRecordsManager(() -> transfers.confirm(transfer.id(), " ")));
        var confirmed = asRecordsManager(() -> transfers.confirm(transfer.id(), "Accession 2026.114"));
        assertEquals("CONFIRMED", confirmed.status());
        assertEquals("TRANSFERRED", sql.text("select state from record_retention where tenant = ? and record_type = "
                + "'AGENDA_REVISION' and record_id = ?", DemoSeeder.LAKEVIEW, due[1]));
        assertEquals(1, sql.number("select count(*) from audit_entry where tenant = ? and action = 'RecordTransferred' "
                + "and subject_id = ? and details like '%\"premis\":\"transfer\"%'", DemoSeeder.LAKEVIEW,
                Long.toString(due[1])));
        refused("CONFIRMED", () -> asRecordsManager(() -> transfers.confirm(transfer.id(), "again")));
    }

    @Test
    void aHoldBySavedSearchFreezesTheRecordsTheSearchFoundWhenItWasPlaced() throws Exception {
        String word = "lighthouse" + (System.nanoTime() % 100_000_000);
        long[] found = pastMeetingWithAgenda(55, "Restoration of the " + word);
        eventually("the agenda is searchable", () -> foiHits(word) > 0);
        refused("finds no record to hold", () -> in(() -> foi.call(() -> holds.placeBySearch("FOI 2027-020",
                "request received", "nosuchword" + word, "FOI:2027-020"))));
        long hold = in(() -> foi.call(() -> holds.placeBySearch("FOI 2027-020", "request received", word,
                "FOI:2027-020")));
        assertEquals(1, asClerk(() -> holds.holding(RecordKind.AGENDA_REVISION, found[1])).size());
        assertTrue(asRecordsManager(() -> holds.covered(hold)).contains(new RecordPlace.Key(
                RecordKind.AGENDA_REVISION, found[1])));
        refused("under a legal hold", () -> sql.update("delete from agenda_revision where id = ?", found[1]));
        var view = asClerk(() -> holds.holds()).stream().filter(h -> h.id() == hold).findFirst().orElseThrow();
        assertEquals("SEARCH", view.scope());
        assertTrue(view.scopeDetail().contains(word), view.scopeDetail());
        in(() -> foi.call(() -> {
            holds.lift(hold, "request answered");
            return null;
        }));
        assertTrue(asClerk(() -> holds.holding(RecordKind.AGENDA_REVISION, found[1])).isEmpty());
    }
}
