package ca.quorum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ca.quorum.demo.DemoSeeder;
import ca.quorum.documents.infrastructure.TestPdfs;
import ca.quorum.meeting.application.AgendaDraft;
import ca.quorum.meeting.application.Agendas;
import ca.quorum.meeting.application.ByLaws;
import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.MeetingConsole;
import ca.quorum.meeting.application.MinutesBook;
import ca.quorum.meeting.application.MinutesView;
import ca.quorum.meeting.application.ReportDetail;
import ca.quorum.meeting.application.StaffReports;
import ca.quorum.meeting.domain.minutes.ByLaw;
import ca.quorum.meeting.domain.minutes.MinutesKind;
import ca.quorum.discovery.application.Search;
import ca.quorum.search.Access;
import ca.quorum.search.SearchQuery;
import ca.quorum.search.SearchResults;

/**
 * Search in WildFly against the real Elasticsearch node: publishing makes a record searchable through the outbox,
 * a rolled-back publication is never indexed, closed-session content reaches FOI officers only, and a reindex from
 * scratch gives the same counts.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ejbApplication();
    }

    @Inject
    AsClerk clerk;

    @Inject
    AsFoi foi;

    @Inject
    AsAdministrator administrator;

    @Inject
    MeetingConsole console;

    @Inject
    Agendas agendas;

    @Inject
    MeetingCalendar calendar;

    @Inject
    MinutesBook minutes;

    @Inject
    ByLaws byLaws;

    @Inject
    Search search;

    @Inject
    AsAuthor author;

    @Inject
    AsManager manager;

    @Inject
    AsDirector director;

    @Inject
    StaffReports reports;

    @Inject
    Rollback rollback;

    @Inject
    Sql sql;

    @Inject
    ca.quorum.shared.infrastructure.SearchEngine engine;

    private static <T> T in(Callable<T> work) {
        return Act.in(DemoSeeder.LAKEVIEW, work);
    }

    private <T> T asClerk(Callable<T> work) {
        return in(() -> clerk.call(work));
    }

    private HeldMeetings held() {
        return new HeldMeetings(clerk, console, agendas, calendar);
    }

    private SearchResults publicSearch(String text) {
        return in(() -> search.publicSearch(SearchQuery.of("ignored", java.util.Set.of(Access.CLOSED), text)));
    }

    private SearchResults foiSearch(String text) {
        return in(() -> foi.call(() -> search.foiSearch(SearchQuery.of("ignored", java.util.Set.of(), text))));
    }

    /** Waits for the indexer (every two seconds) until the condition holds; fails after 60 seconds. */
    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        eventually(what, condition, Duration.ofSeconds(60));
    }

    private static void eventually(String what, BooleanSupplier condition, Duration limit)
            throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
            }
            Thread.sleep(250);
        }
    }

    private long undone() {
        return sql.number("select count(*) from search_outbox where done_at is null");
    }

    /** Waits until the outbox is drained and makes what was indexed visible to searches (refresh, not the 1 s tick). */
    private void drained(String what) throws InterruptedException {
        eventually(what, () -> undone() == 0);
        new ca.quorum.search.RecordIndex(engine.connection()).refresh();
    }

    @Test
    void aPublishedByLawIsFoundDownToItsPageAndARolledBackOneNever() throws Exception {
        long[] enacting = held().meeting(140);
        long carried = held().run(enacting, "That By-law S-" + enacting[0] + " be passed.", true);
        String phrase = "quagga mussel inspection " + enacting[0];
        asClerk(() -> byLaws.registerByLaw(new ByLaw.Draft("S-" + enacting[0], "A by-law about boat launches",
                "<p>Every boat is checked for " + phrase + " before launching.</p>", false, null, null, null),
                enacting[0], carried));
        eventually("the by-law is searchable", () -> publicSearch("\"" + phrase + "\"").total() == 1);
        SearchResults.Hit hit = publicSearch("\"" + phrase + "\"").hits().get(0);
        assertEquals("BYLAW", hit.type());
        assertEquals(1, hit.page());
        assertTrue(hit.link().endsWith("/pdf#page=1"), hit.link());
        assertTrue(hit.snippets().get(0).contains("<mark>"), hit.snippets().toString());

        String lost = "zebra mussel rollback " + enacting[0];
        long[] other = held().meeting(141);
        long motion = held().run(other, "That By-law R-" + other[0] + " be passed.", true);
        try {
            in(() -> clerk.call(() -> {
                rollback.afterDoing(() -> byLaws.registerByLaw(new ByLaw.Draft("R-" + other[0], "Rolled back",
                        "<p>" + lost + "</p>", false, null, null, null), other[0], motion));
                return null;
            }));
        } catch (RuntimeException expected) {
            assertTrue(String.valueOf(expected).contains("rolled back on purpose")
                    || String.valueOf(expected.getCause()).contains("rolled back on purpose"), expected.toString());
        }
        assertEquals(0, sql.number("select count(*) from bylaw where number = ?", "R-" + other[0]));
        drained("the outbox is drained");
        assertEquals(0, publicSearch("\"" + lost + "\"").total());
        assertEquals(0, foiSearch("\"" + lost + "\"").total(), "not indexed at all");
    }

    @Test
    void closedSessionMinutesReachTheFoiOfficerOnly() throws Exception {
        long[] recorded = held().meeting(150);
        held().run(recorded, "That Council receive the appraisal " + recorded[0] + ".", true);
        long[] adopting = held().meeting(151);
        long adoption = held().run(adopting, "That the minutes " + recorded[0] + " be adopted.", true);
        String marker = "zqxclosed" + recorded[0];
        for (MinutesView draft : asClerk(() -> minutes.generateMinutes(recorded[0]))) {
            if (draft.kind() == MinutesKind.CLOSED) {
                asClerk(() -> minutes.editMinutes(draft.id(), draft.html() + "<p>Appraised value " + marker
                        + ".</p>", draft.version()));
            }
            asClerk(() -> minutes.adoptMinutes(draft.id(), adopting[0], adoption));
        }
        eventually("the FOI officer finds the closed minutes", () -> foiSearch(marker).total() == 1);
        SearchResults found = foiSearch(marker);
        assertEquals(Access.CLOSED, found.hits().get(0).access());
        assertTrue(found.hits().get(0).title().startsWith("Closed session minutes"), found.toString());

        long closedMinutes = found.hits().get(0).recordId();
        long reads = sql.number("select count(*) from audit_entry where tenant = ? and action = 'ClosedRecordRead' "
                + "and subject_type = 'minutes' and subject_id = ?", DemoSeeder.LAKEVIEW, Long.toString(closedMinutes));
        in(() -> foi.call(() -> {
            minutes.writeMinutesPdf(closedMinutes, java.io.OutputStream.nullOutputStream());
            return null;
        }));
        assertEquals(reads + 1, sql.number("select count(*) from audit_entry where tenant = ? and action = "
                + "'ClosedRecordRead' and subject_type = 'minutes' and subject_id = ?", DemoSeeder.LAKEVIEW,
                Long.toString(closedMinutes)), "the FOI officer opens the closed minutes, and it is audited");
        in(() -> foi.call(() -> minutes.minutes(closedMinutes)));
        assertEquals(reads + 2, sql.number("select count(*) from audit_entry where tenant = ? and action = "
                + "'ClosedRecordRead' and subject_type = 'minutes' and subject_id = ?", DemoSeeder.LAKEVIEW,
                Long.toString(closedMinutes)), "reading the closed minutes' text (the API's JSON) is audited too");
        long searches = sql.number("select count(*) from audit_entry where tenant = ? and action = "
                + "'ClosedRecordRead' and subject_type = 'search' and details like ?", DemoSeeder.LAKEVIEW,
                "%" + marker + "%");
        assertTrue(searches >= 1, "the FOI officer's searches with closed hits are audited, with the query");
        in(() -> foi.call(() -> {
            search.foiCsv(SearchQuery.of("ignored", java.util.Set.of(), marker), java.io.Writer.nullWriter());
            return null;
        }));
        assertEquals(1, sql.number("select count(*) from audit_entry where tenant = ? and action = "
                + "'ClosedRecordRead' and subject_type = 'search' and details like ?", DemoSeeder.LAKEVIEW,
                "%CSV export%" + marker + "%"), "and so is the CSV export");

        SearchResults anonymous = publicSearch(marker);
        assertEquals(0, anonymous.total());
        assertFalse(anonymous.toString().contains(marker));
        SearchResults everything = publicSearch("");
        assertTrue(everything.hits().stream().allMatch(h -> h.access() == Access.PUBLIC), everything.toString());
        assertTrue(publicSearch("Offer to purchase 9 Mill Lane").hits().stream()
                .noneMatch(h -> h.title().startsWith("Closed session")), "closed minutes never in a public answer");
        // the open minutes are another record, indexed by the other indexer: it may come a moment later
        eventually("the open minutes are public", () -> publicSearch("\"receive the appraisal " + recorded[0] + "\"")
                .total() >= 1);
    }

    private long closedReads(long meeting) {
        return sql.number("select count(*) from audit_entry where tenant = ? and action = 'ClosedRecordRead' and "
                + "subject_type = 'meeting' and subject_id = ?", DemoSeeder.LAKEVIEW, Long.toString(meeting));
    }

    /** A report approved by the whole chain, its attachment's three pages labelled {@code attachmentLabel}. */
    private long approvedReport(String title, String body, String attachmentLabel) throws Exception {
        java.nio.file.Path pdf = TestPdfs.pages(java.nio.file.Files.createTempFile("report", ".pdf"),
                attachmentLabel, 3);
        ReportDetail draft = in(() -> author.call(() -> reports.draft(title, "That Council approve " + title + ".",
                body)));
        in(() -> author.call(() -> reports.attach(draft.id(), "appraisal.pdf", pdf)));
        java.nio.file.Path scan = java.nio.file.Files.createTempFile("scan", ".pdf"); // a page without any text
        try (org.apache.pdfbox.pdmodel.PDDocument blank = new org.apache.pdfbox.pdmodel.PDDocument()) {
            blank.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            blank.save(scan.toFile());
        }
        in(() -> author.call(() -> reports.attach(draft.id(), "Surveyed boundary " + attachmentLabel + ".pdf", scan)));
        in(() -> author.call(() -> reports.submit(draft.id())));
        in(() -> manager.call(() -> reports.approve(draft.id(), "")));
        in(() -> director.call(() -> reports.approve(draft.id(), "")));
        return asClerk(() -> reports.approve(draft.id(), "")).id();
    }

    @Test
    void aMarkerInAClosedReportAndItsAttachmentReachesTheFoiOfficerOnly() throws Exception {
        long[] ids = held().meeting(170);
        long meeting = ids[0];
        String marker = "zqxreport" + meeting;
        String attachmentMarker = "ZQXATTACH" + meeting;
        String openPhrase = "splash pad resurfacing " + meeting;
        long report = approvedReport("Appraisal of 9 Mill Lane", "The appraised value is " + marker + ".",
                attachmentMarker);
        AgendaDraft agenda = asClerk(() -> agendas.agenda(meeting));
        long closedSection = agenda.sections().stream().filter(x -> x.kind().equals("CLOSED_SESSION")).findFirst()
                .orElseThrow().id();
        long reportsSection = agenda.sections().stream().filter(x -> x.kind().equals("REPORTS")).findFirst()
                .orElseThrow().id();
        asClerk(() -> agendas.addItem(meeting, closedSection, null, "Counter-offer at " + marker, "239(2)(c)",
                "Proposed disposition of land, Ward 3", report));
        asClerk(() -> agendas.addItem(meeting, reportsSection, "Splash pad", "The " + openPhrase + " is proposed.",
                null, null, null));
        asClerk(() -> agendas.publish(meeting));

        eventually("the FOI officer finds the report, its attachment, the item and the complete agenda and packet",
                () -> java.util.Set.copyOf(foiSearch(marker).facets().get("type").keySet()).containsAll(
                        java.util.Set.of("REPORT", "AGENDA_ITEM", "AGENDA")) && foiSearch(attachmentMarker)
                        .facets().get("type").keySet().containsAll(java.util.Set.of("ATTACHMENT", "PACKET")));
        SearchResults found = foiSearch(marker);
        assertTrue(found.hits().stream().allMatch(h -> h.access() == Access.CLOSED), found.toString());
        SearchResults.Hit attachment = foiSearch("\"" + attachmentMarker + " page 2\"").hits().stream()
                .filter(h -> h.type().equals("ATTACHMENT")).findFirst().orElseThrow();
        assertEquals(2, attachment.page(), "an attachment's hit names its page");
        assertTrue(attachment.link().contains("/agenda/attachments/") && attachment.link().endsWith("#page=2"),
                attachment.link());
        long file = Long.parseLong(attachment.link().replaceAll(".*/attachments/(\\d+)/pdf.*", "$1"));
        assertEquals("appraisal.pdf", in(() -> foi.call(() -> agendas.attachment(meeting, file))).name(),
                "the FOI officer opens what they found");
        assertThrows(ca.quorum.shared.application.RecordNotFoundException.class,
                () -> in(() -> agendas.attachment(meeting, file)), "the public cannot open a closed attachment");
        long reads = closedReads(meeting);
        in(() -> foi.call(() -> {
            agendas.writeAttachment(meeting, file, java.io.OutputStream.nullOutputStream());
            agendas.writeAgendaPdf(meeting, 1, java.io.OutputStream.nullOutputStream());
            return null;
        }));
        assertEquals(reads + 2, closedReads(meeting), "the FOI officer's reads of closed material are audited");
        asClerk(() -> {
            agendas.writeAttachment(meeting, file, java.io.OutputStream.nullOutputStream());
            return null;
        });
        assertEquals(reads + 2, closedReads(meeting), "a member's reads are part of their office, not recorded");
        SearchResults.Hit scanned = foiSearch("\"surveyed boundary\" " + attachmentMarker).hits().stream()
                .filter(h -> h.type().equals("ATTACHMENT")).findFirst().orElseThrow();
        assertEquals(1, scanned.page(), "a scan without text is found by its name, at its first page");
        assertTrue(scanned.snippets().isEmpty(), scanned.toString());

        for (String secret : new String[] {marker, attachmentMarker, "Mill Lane"}) {
            SearchResults answer = publicSearch(secret);
            assertEquals(0, answer.total(), secret + ": " + answer);
            assertTrue(answer.facets().values().stream().allMatch(Map::isEmpty), "no facet counts: " + answer);
            assertFalse(answer.toString().contains(marker) || answer.toString().contains(attachmentMarker));
        }
        SearchResults land = publicSearch("\"Proposed disposition of land, Ward 3\"");
        assertTrue(land.total() >= 1, "the closed item's public title is public, as on the public agenda");
        assertFalse(land.toString().contains(marker) || land.toString().contains("Mill Lane"), land.toString());

        SearchResults open = publicSearch("\"" + openPhrase + "\"");
        SearchResults.Hit item = open.hits().stream().filter(h -> h.type().equals("AGENDA_ITEM")).findFirst()
                .orElseThrow(() -> new AssertionError(open.toString()));
        assertEquals(Access.PUBLIC, item.access());
        assertTrue(item.title().startsWith("Item " + item.itemNumber() + ": Splash pad"), item.title());
        assertTrue(item.link().contains("/meetings/" + meeting + "/agenda/pdf"), item.link());
    }

    @Test
    void anAdjournedMeetingsMotionsAreFoundWithTheirResultsClosedOnesByTheFoiOfficerOnly() throws Exception {
        long[] ids = held().meeting(180);
        String open = "harbour dredging contract " + ids[0];
        String closed = "zqxmotion" + ids[0];
        held().run(ids, "That Council award the " + open + ".", false, "That the offer of " + closed
                + " be accepted.");
        eventually("the motions are indexed", () -> publicSearch("\"" + open + "\"").total() == 1
                && foiSearch(closed).total() == 1);
        SearchResults.Hit motion = publicSearch("\"" + open + "\"").hits().get(0);
        assertEquals("MOTION", motion.type());
        assertTrue(motion.title().contains("(lost 0-"), motion.title());
        assertTrue(motion.snippets().toString().contains("Moved by") || publicSearch("\"" + open + "\" seconded")
                .total() == 1, "mover and seconder are indexed");
        SearchResults.Hit secret = foiSearch(closed).hits().get(0);
        assertEquals(Access.CLOSED, secret.access());
        assertTrue(secret.title().contains("carried"), secret.title());
        assertEquals(0, publicSearch(closed).total());
    }

    /** Runs a command on this machine; its exit status. */
    private static int run(String... command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }

    @Test
    void publishingGoesOnWhileSearchIsDownAndTheOutboxCatchesUp() throws Exception {
        String pid = System.getenv("QUORUM_TEST_ES_PID");
        String restart = System.getenv("QUORUM_TEST_ES_RESTART");
        org.junit.jupiter.api.Assumptions.assumeTrue(pid != null && !pid.isBlank() && restart != null,
                "./quorum test names the search node and how to start it again");
        long[] enacting = held().meeting(160);
        long carried = held().run(enacting, "That By-law O-" + enacting[0] + " be passed.", true);
        String phrase = "outage ferry schedule " + enacting[0];
        eventually("nothing else is waiting", () -> undone() == 0);
        assertEquals(0, run("kill", "-TERM", pid), "the search node is stopped");
        eventually("the search node's process has ended", () -> {
            try {
                return run("kill", "-0", pid) != 0;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            Instant start = Instant.now();
            asClerk(() -> byLaws.registerByLaw(new ByLaw.Draft("O-" + enacting[0], "A by-law about the ferry",
                    "<p>The " + phrase + " is published.</p>", false, null, null, null), enacting[0], carried));
            assertTrue(Duration.between(start, Instant.now()).toSeconds() < 5, "publishing does not wait for search");
            assertEquals(1, sql.number("select count(*) from bylaw where number = ?", "O-" + enacting[0]));
            eventually("the indexer has tried and failed", () -> sql.number("select count(*) from search_outbox "
                    + "where done_at is null and attempts > 0 and last_error is not null") > 0);
            ca.quorum.shared.domain.RuleViolation down = assertThrows(ca.quorum.shared.domain.RuleViolation.class,
                    () -> publicSearch(phrase));
            assertTrue(down.getMessage().contains("not available"), "a clear message, not an error page: "
                    + down.getMessage());
        } finally {
            assertEquals(0, run("bash", restart), "the search node starts again");
        }
        // the rows wait 2, 4, 8 … s between tries while the node is down: up to two minutes to catch up
        eventually("the outbox catches up", () -> undone() == 0, Duration.ofMinutes(3));
        new ca.quorum.search.RecordIndex(engine.connection()).refresh();
        assertEquals(1, publicSearch("\"" + phrase + "\"").total(), "nothing is missing");
    }

    @Test
    void reindexingFromScratchGivesTheSameCounts() throws Exception {
        eventually("the outbox is drained", () -> undone() == 0);
        Map<String, long[]> before = in(() -> administrator.call(() -> search.consistency()));
        before.forEach((type, counts) -> assertEquals(counts[0], counts[1], type + " indexed before"));
        in(() -> administrator.call(() -> {
            search.dropIndex();
            return null;
        }));
        for (String town : new String[] {DemoSeeder.LAKEVIEW, DemoSeeder.PINECREST}) {
            Act.in(town, () -> administrator.call(() -> search.reindex()));
        }
        eventually("the outbox is drained again", () -> undone() == 0);
        Map<String, long[]> after = in(() -> administrator.call(() -> search.consistency()));
        before.forEach((type, counts) -> {
            assertEquals(counts[0], after.get(type)[0], type + " in the database");
            assertEquals(counts[1], after.get(type)[1], type + " in the index after the reindex");
        });
        assertTrue(before.get("MINUTES")[0] > 0 && before.get("BYLAW")[0] > 0, "the demo has adopted minutes and a "
                + "by-law");
    }
}
