package ca.quorum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ca.quorum.demo.DemoSeeder;
import ca.quorum.documents.application.SigningKeys;
import ca.quorum.documents.application.Verification;
import ca.quorum.documents.infrastructure.Certificates;
import ca.quorum.documents.infrastructure.LocalAuthority;
import ca.quorum.documents.infrastructure.SignatureInspector;
import ca.quorum.meeting.application.Agendas;
import ca.quorum.meeting.application.ByLawView;
import ca.quorum.meeting.application.ByLaws;
import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.MeetingConsole;
import ca.quorum.meeting.application.MinutesBook;
import ca.quorum.meeting.application.MinutesView;
import ca.quorum.meeting.domain.minutes.ByLaw;
import ca.quorum.records.domain.FinalAction;
import ca.quorum.records.domain.RecordClass;
import ca.quorum.records.domain.RecordKind;
import ca.quorum.records.domain.RetentionRule;
import ca.quorum.records.domain.RetentionTrigger;
import ca.quorum.meeting.domain.minutes.MinutesKind;

/**
 * Minutes and by-laws in WildFly against PostgreSQL: minutes generated from a real meeting's log, edited, adopted
 * at a later meeting, frozen, corrected; by-laws registered; signatures by the chair and the clerk (with the
 * municipality's certificate, a personal keystore, and a local time-stamp authority), verification, and every
 * refusal changing nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MinutesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ejbApplication();
    }

    @Inject
    AsClerk clerk;

    @Inject
    AsMayor mayor;

    @Inject
    AsCouncillor councillor;

    @Inject
    AsDeputyClerk deputy;

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
    SigningKeys keys;

    @Inject
    Verification verification;

    @Inject
    Sql sql;

    @Inject
    AsAuthor author;

    @Inject
    AsRecordsManager recordsManager;

    @Inject
    ca.quorum.meeting.application.StaffReports reports;

    @Inject
    ca.quorum.records.application.RetentionSchedule retention;

    private static <T> T in(Callable<T> work) {
        return Act.in(DemoSeeder.LAKEVIEW, work);
    }

    private <T> T asClerk(Callable<T> work) {
        return in(() -> clerk.call(work));
    }

    private <T> T asMayor(Callable<T> work) {
        return in(() -> mayor.call(work));
    }

    private <T> T asDeputy(Callable<T> work) {
        return in(() -> deputy.call(work));
    }

    private HeldMeetings held() {
        return new HeldMeetings(clerk, console, agendas, calendar);
    }

    private long[] meeting(int days) {
        return held().meeting(days);
    }

    private long runMeeting(long[] ids, String motionText, boolean carry) {
        return held().run(ids, motionText, carry);
    }

    private void refused(String expected, Callable<?> work) {
        RuntimeException e = assertThrows(RuntimeException.class, work::call);
        assertTrue(Failures.messages(e).contains(expected), "expected '" + expected + "' in: " + Failures.messages(e));
    }

    @Test
    void minutesFromTheLogAreEditedAdoptedFrozenAndCorrected() throws Exception {
        long[] recorded = meeting(60);
        String text = "That Council award the road salt tender " + recorded[0] + ".";
        refused("after the meeting is adjourned", () -> asClerk(() -> minutes.generateMinutes(recorded[0])));
        runMeeting(recorded, text, true);

        List<MinutesView> drafts = asClerk(() -> minutes.generateMinutes(recorded[0]));
        MinutesView open = drafts.stream().filter(d -> d.kind() == MinutesKind.OPEN).findFirst().orElseThrow();
        MinutesView closed = drafts.stream().filter(d -> d.kind() == MinutesKind.CLOSED).findFirst().orElseThrow();
        assertTrue(open.html().contains(text), open.html());
        assertTrue(open.html().contains("The meeting was called to order at"), open.html());
        assertTrue(open.html().contains("closed session under s.239(2)(c)"), open.html());
        assertFalse(open.html().contains("9 Mill Lane"), "the closed item's title stays out of the open minutes");
        assertTrue(closed.html().contains("9 Mill Lane"), closed.html());
        assertEquals(1, open.version());

        // closed-session minutes are for authorised roles only; draft minutes are not public
        assertEquals(2, in(() -> councillor.call(() -> minutes.minutesOf(recorded[0]))).size());
        assertEquals(0, in(() -> minutes.minutesOf(recorded[0])).size(), "the public sees no draft");

        MinutesView edited = asClerk(() -> minutes.editMinutes(open.id(), open.html()
                + "<p>Corrected spelling of a name.</p><script>alert(1)</script><p onclick=\"x()\">Note</p>", 1));
        assertEquals(2, edited.version());
        assertFalse(edited.html().contains("script") || edited.html().contains("onclick"), edited.html());
        assertTrue(edited.html().contains("<p>Corrected spelling of a name.</p>"));
        refused("Version 2 was saved while you edited version 1", () -> asClerk(() -> minutes.editMinutes(open.id(),
                "<p>stale</p>", 1)));
        refused("Minutes cannot be empty", () -> asClerk(() -> minutes.editMinutes(open.id(), "<p> </p><script>"
                + "</script>", 2)));
        assertEquals(2, asClerk(() -> minutes.minutes(open.id())).version(), "refused edits stored nothing");
        assertEquals(List.of(2, 1), asClerk(() -> minutes.history(open.id())).stream().map(v -> v.version())
                .toList());

        // adoption: a carried motion at a later meeting of the same body
        long[] adopting = meeting(75);
        long carried = runMeeting(adopting, "That the minutes of " + recorded[0] + " be adopted.", true);
        refused("adopted at a later meeting", () -> asClerk(() -> minutes.adoptMinutes(open.id(), recorded[0], 1)));
        refused("was not moved at that meeting", () -> asClerk(() -> minutes.adoptMinutes(open.id(), adopting[0],
                999)));
        long[] failing = meeting(80);
        long lost = runMeeting(failing, "That the minutes be adopted as amended.", false);
        refused("did not carry", () -> asClerk(() -> minutes.adoptMinutes(open.id(), failing[0], lost)));
        assertEquals(1, asClerk(() -> minutes.carriedMotions(adopting[0])).size());
        assertTrue(asClerk(() -> minutes.adoptionMotions(open.id())).stream().anyMatch(c -> c.meetingId() == adopting[0]
                && c.motion() == carried), "the adopting motion is offered");
        assertTrue(asClerk(() -> minutes.adoptionMotions(open.id())).stream().noneMatch(c -> c.meetingId() == failing[0]),
                "a lost motion is not offered");
        MinutesView adopted = asClerk(() -> minutes.adoptMinutes(open.id(), adopting[0], carried));
        assertTrue(adopted.adopted());
        assertEquals(adopting[0], adopted.adoptedMeetingId());
        assertNotNull(adopted.pdfSha256());

        // frozen: by the service and by the database itself
        refused("cannot be edited", () -> asClerk(() -> minutes.editMinutes(open.id(), "<p>new</p>", 2)));
        refused("not generated again", () -> asClerk(() -> minutes.generateMinutes(recorded[0])));
        refused("cannot be adopted again", () -> asClerk(() -> minutes.adoptMinutes(open.id(), adopting[0],
                carried)));
        refused("are frozen", () -> sql.update("update minutes set html = 'rewritten' where id = ?", open.id()));
        assertEquals(1, in(() -> minutes.minutesOf(recorded[0])).size(), "adopted open minutes are public");

        // the PDF is tagged and carries the text
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        in(() -> {
            minutes.writeMinutesPdf(open.id(), pdf);
            return null;
        });
        assertEquals(adopted.pdfSha256(), SignatureInspector.sha256Hex(pdf.toByteArray()));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
            assertEquals("en-CA", doc.getDocumentCatalog().getLanguage());
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).contains("road salt tender"));
        }

        // a correction is a new record, linked both ways; only one correction at a time
        MinutesView correction = asClerk(() -> minutes.correctMinutes(open.id()));
        assertEquals(open.id(), correction.correctsId());
        assertEquals(correction.id(), asClerk(() -> minutes.minutes(open.id())).correctedById());
        assertEquals(edited.html(), correction.html());
        refused("already have a correction", () -> asClerk(() -> minutes.correctMinutes(open.id())));
        refused("Only adopted minutes are corrected", () -> asClerk(() -> minutes.correctMinutes(correction.id())));
        refused("A draft cannot be signed", () -> asMayor(() -> minutes.signMinutes(correction.id(), null)));

        // chair and clerk sign with the municipality's certificate; nobody signs twice
        MinutesView chairSigned = asMayor(() -> minutes.signMinutes(open.id(), null));
        assertEquals(1, chairSigned.signatures().size());
        assertEquals("CHAIR", chairSigned.signatures().get(0).capacity());
        refused("already signed this record", () -> asMayor(() -> minutes.signMinutes(open.id(), null)));
        MinutesView both = asClerk(() -> minutes.signMinutes(open.id(), null));
        assertEquals(List.of("CHAIR", "CLERK"), both.signatures().stream().map(s -> s.capacity()).toList());
        refused("already signed this record", () -> asClerk(() -> minutes.signMinutes(open.id(), null)));

        Verification.Result result = in(() -> verification.verify(both.pdfSha256()));
        assertTrue(result.record(), result.toString());
        assertEquals(2, result.signatures().size());
        assertTrue(result.allValid(), result.toString());
        assertTrue(result.signatures().get(0).signer().contains("Chair"), result.toString());
        Verification.Result unsigned = in(() -> verification.verify(adopted.pdfSha256()));
        assertTrue(unsigned.record() && unsigned.signatures().isEmpty(), "the adopted, unsigned state is a record too");
        assertFalse(in(() -> verification.verify("ab".repeat(32))).record());
        refused("64 hexadecimal digits", () -> in(() -> verification.verify("not a hash")));
        MinutesView closedDraft = closed;
        assertFalse(in(() -> verification.verify(closedDraft.html().getBytes())).record());
    }

    @Test
    void byLawsAreRegisteredLinkedToTheirMotionAndSignedWithATimeStamp() throws Exception {
        long[] enacting = meeting(90);
        long carried = runMeeting(enacting, "That By-law " + enacting[0] + " be read three times and passed.", true);
        String number = "2027-" + enacting[0];
        ByLaw.Draft draft = new ByLaw.Draft(number, "A by-law to regulate road salt storage",
                "<p>The Council enacts as follows:</p><ol><li>Salt is stored under cover.</li></ol>", false,
                LocalDate.now().plusDays(60), null, null);
        refused("did not carry", () -> {
            long[] other = meeting(95);
            long lost = runMeeting(other, "That By-law X be passed.", false);
            return asClerk(() -> byLaws.registerByLaw(draft, other[0], lost));
        });
        refused("Readings must be in order", () -> asClerk(() -> byLaws.registerByLaw(new ByLaw.Draft(number,
                "Title", "<p>Text</p>", false, LocalDate.now().plusDays(89), LocalDate.now().plusDays(80), null),
                enacting[0], carried)));
        refused("A by-law needs its text", () -> asClerk(() -> byLaws.registerByLaw(new ByLaw.Draft(number,
                "Title", "<script>x</script>", false, null, null, null), enacting[0], carried)));
        assertEquals(0, sql.number("select count(*) from bylaw where number = ?", number), "refusals store nothing");

        try (LocalAuthority authority = new LocalAuthority()) {
            asClerk(() -> {
                keys.useTimeStampAuthority(authority.tsaUrl());
                return null;
            });
            try {
                ByLawView registered = asClerk(() -> byLaws.registerByLaw(draft, enacting[0], carried));
                assertEquals(LocalDate.now().plusDays(90), registered.enactedOn());
                assertEquals(LocalDate.now().plusDays(60), registered.firstReading());
                assertEquals(registered.enactedOn(), registered.thirdReading());
                assertEquals(carried, registered.motion());
                refused("already registered", () -> asClerk(() -> byLaws.registerByLaw(draft, enacting[0],
                        carried)));
                assertTrue(in(() -> byLaws.registry()).stream().anyMatch(b -> b.number().equals(number)),
                        "the registry is public");

                ByLawView signed = asMayor(() -> byLaws.signByLaw(registered.id(), null));
                assertTrue(signed.signatures().get(0).timeStamped());
                assertEquals(1, authority.stamps.get());
                // a time-stamp authority that does not answer stops the signing and changes nothing
                asClerk(() -> {
                    keys.useTimeStampAuthority("http://127.0.0.1:9/tsa");
                    return null;
                });
                refused("nothing was signed", () -> asClerk(() -> byLaws.signByLaw(registered.id(), null)));
                assertEquals(1, in(() -> byLaws.byLaw(registered.id())).signatures().size());
                assertEquals(signed.pdfSha256(), in(() -> byLaws.byLaw(registered.id())).pdfSha256());
            } finally {
                asClerk(() -> {
                    keys.useTimeStampAuthority(null);
                    return null;
                });
            }
        }
        refused("time-stamp authority is an http or https URL", () -> asClerk(() -> {
            keys.useTimeStampAuthority("ftp://example.org/tsa");
            return null;
        }));
    }

    @Test
    void aPersonalKeystoreIsStoredEncryptedAndOpenedOnlyWithItsPassword() throws Exception {
        long[] enacting = meeting(100);
        long carried = runMeeting(enacting, "That By-law " + enacting[0] + " be passed.", true);
        ByLawView byLaw = asClerk(() -> byLaws.registerByLaw(new ByLaw.Draft("2027-P" + enacting[0],
                "A by-law to appoint a deputy clerk", "<p>Appointed.</p>", false, null, null, null), enacting[0],
                carried));
        try (LocalAuthority authority = new LocalAuthority()) {
            Instant now = Instant.now();
            byte[] expired = Certificates.pkcs12(authority.signer("CN=Deputy Clerk", now.minus(Duration.ofDays(9)),
                    now.minus(Duration.ofDays(1)), false), "pw-expired".toCharArray());
            refused("expired", () -> asDeputy(() -> keys.uploadMyKeystore(expired, "pw-expired")));
            byte[] good = Certificates.pkcs12(authority.signer("CN=Deputy Clerk,O=Town of Lakeview Harbour",
                    now.minusSeconds(60), now.plus(Duration.ofDays(30)), false), "right-pw".toCharArray());
            refused("password is wrong", () -> asDeputy(() -> keys.uploadMyKeystore(good, "wrong-pw")));
            assertTrue(asDeputy(() -> keys.myKey()).isEmpty(), "a refused upload stores nothing");

            // a certificate that only becomes valid next week is accepted for later, and refused for signing now
            byte[] future = Certificates.pkcs12(authority.signer("CN=Deputy Clerk", now.plus(Duration.ofDays(7)),
                    now.plus(Duration.ofDays(300)), false), "future-pw".toCharArray());
            asDeputy(() -> keys.uploadMyKeystore(future, "future-pw"));
            refused("not valid until", () -> asDeputy(() -> byLaws.signByLaw(byLaw.id(), "future-pw")));

            // a certificate that expires while stored is refused at signing
            Instant expires = Instant.now().plusSeconds(3);
            byte[] shortLived = Certificates.pkcs12(authority.signer("CN=Deputy Clerk", now.minusSeconds(60),
                    expires, false), "short-pw".toCharArray());
            asDeputy(() -> keys.uploadMyKeystore(shortLived, "short-pw"));
            // waits out the certificate itself (the steps before may have taken seconds on a busy machine)
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), expires.plusSeconds(1)).toMillis()));
            refused("expired", () -> asDeputy(() -> byLaws.signByLaw(byLaw.id(), "short-pw")));

            assertEquals("CN=Deputy Clerk,O=Town of Lakeview Harbour",
                    asDeputy(() -> keys.uploadMyKeystore(good, "right-pw")).subject());
            assertEquals(0, sql.number("select count(*) from signing_key where keystore = ?", (Object) good),
                    "the keystore is stored encrypted");
            assertEquals(1, sql.number("select count(*) from signing_key where owner = 'deputy' and replaced_at is "
                    + "null and password is null"), "a person's keystore password is not stored");
            refused("enter its keystore password", () -> asDeputy(() -> byLaws.signByLaw(byLaw.id(), null)));
            refused("password is wrong", () -> asDeputy(() -> byLaws.signByLaw(byLaw.id(), "wrong-pw")));
            assertEquals(0, in(() -> byLaws.byLaw(byLaw.id())).signatures().size(), "refusals signed nothing");

            ByLawView signed = asDeputy(() -> byLaws.signByLaw(byLaw.id(), "right-pw"));
            assertEquals("CN=Deputy Clerk,O=Town of Lakeview Harbour", signed.signatures().get(0)
                    .certificateSubject());
            Verification.Result result = in(() -> verification.verify(signed.pdfSha256()));
            assertTrue(result.allValid(), "a personal certificate registered here is the municipality's: " + result);
        }
    }

    @Test
    void theDemoHasHeldMeetingsWithAdoptedMinutesAndAByLaw() {
        org.junit.jupiter.api.Assumptions.assumeTrue(LocalDate.now(java.time.ZoneId.of("America/Toronto"))
                .minusDays(6).isAfter(LocalDate.of(2026, 11, 15)), "the demo term is old enough to have meetings");
        ByLawView byLaw = in(() -> byLaws.registry()).stream().filter(b -> b.number().equals("2026-095"))
                .findFirst().orElseThrow();
        assertTrue(byLaw.meetingTitle().startsWith("Special Council Meeting"), byLaw.toString());
        List<MinutesView> adopted = in(() -> minutes.minutesOf(firstHeld()));
        assertEquals(1, adopted.size(), "the public sees the adopted open minutes only");
        assertTrue(adopted.get(0).adopted());
        assertTrue(adopted.get(0).html().contains("2027 spring road resurfacing program"), adopted.get(0).html());
        assertTrue(adopted.get(0).html().contains("Councillor Thomas Kowalski declared a pecuniary interest in item "
                + "6.2, Harbourfront Trail Extension"), adopted.get(0).html());
        assertEquals(2, in(() -> councillor.call(() -> minutes.minutesOf(firstHeld()))).size(),
                "members also see the closed-session minutes");
    }

    private long firstHeld() {
        return sql.number("select id from meeting where title = 'Inaugural Council Meeting' and tenant = ?",
                DemoSeeder.LAKEVIEW);
    }

    @Test
    void onlyAdjournedMeetingsHaveMinutesAndOnlyClerksWriteThem() {
        long[] ids = meeting(110);
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> in(() -> councillor.call(() -> minutes.generateMinutes(ids[0]))));
        assertTrue(e instanceof jakarta.ejb.EJBAccessException, Failures.messages(e));
        assertEquals(0, sql.number("select count(*) from minutes where meeting_id = ?", ids[0]));
    }

    @Test
    void aByLawAnAgendaAndAReportAreClassifiedWhenTheyAreCreated() throws Exception {
        long[] enacting = meeting(120);
        int revision = asClerk(() -> agendas.publish(enacting[0]));
        long revisionId = sql.number("select id from agenda_revision where meeting_id = ? and number = ?",
                enacting[0], revision);
        LocalDate meetingDay = LocalDate.now().plusDays(120);
        var agendaCard = asClerk(() -> retention.retention(RecordKind.AGENDA_REVISION, revisionId));
        assertEquals("C01.02", agendaCard.classCode());
        assertEquals(meetingDay, agendaCard.triggeredOn());
        assertEquals(LocalDate.of(meetingDay.getYear() + 11, 1, 1), agendaCard.eligibleFrom(), "C+10 from the meeting");
        assertEquals(FinalAction.REVIEW, agendaCard.action());
        assertEquals("classified at creation", agendaCard.history().get(0).reason());

        long carried = runMeeting(enacting, "That By-law R" + enacting[0] + " be passed.", true);
        ByLawView byLaw = asClerk(() -> byLaws.registerByLaw(new ByLaw.Draft("2027-R" + enacting[0],
                "A by-law with a destiny", "<p>Kept forever.</p>", false, null, null, null), enacting[0], carried));
        var byLawCard = asClerk(() -> retention.retention(RecordKind.BYLAW, byLaw.id()));
        assertEquals("C01.03", byLawCard.classCode());
        assertEquals(FinalAction.PERMANENT, byLawCard.action());
        assertNull(byLawCard.eligibleFrom(), "a by-law is never eligible for disposition");

        ca.quorum.meeting.application.ReportDetail report = in(() -> author.call(() -> reports.draft(
                "Retention of a report", "That council receive it.", "<p>Text.</p>")));
        var reportCard = asClerk(() -> retention.retention(RecordKind.STAFF_REPORT, report.id()));
        assertEquals("C03", reportCard.classCode());
        LocalDate drafted = reportCard.triggeredOn();
        assertEquals(LocalDate.of(drafted.getYear() + 11, 1, 1), reportCard.eligibleFrom());

        // the records manager changes the class's rule: the report's date is computed again, with a line of history
        RecordClass reports10 = asClerk(() -> retention.plan()).find("C03").orElseThrow();
        RecordClass reports5 = new RecordClass("C03", reports10.titleEn(), reports10.titleFr(),
                reports10.description(), reports10.parent(), new RetentionRule("C+5", java.time.Period.ofYears(5),
                        java.time.Period.ZERO, RetentionTrigger.CREATED, null, true, FinalAction.TRANSFER));
        try {
            in(() -> recordsManager.call(() -> retention.saveClass(reports5, "retention by-law 2027-40")));
            var changed = asClerk(() -> retention.retention(RecordKind.STAFF_REPORT, report.id()));
            assertEquals(LocalDate.of(drafted.getYear() + 6, 1, 1), changed.eligibleFrom());
            var line = changed.history().get(changed.history().size() - 1);
            assertEquals(LocalDate.of(drafted.getYear() + 11, 1, 1), line.fromDate());
            assertEquals("C+5", line.toRule());
            assertEquals("retention by-law 2027-40", line.reason());
            assertEquals("records@lakeview-harbour", line.by());
            // a class new reports are filed under is kept by the schedule, one in use by the database too
            refused("are filed under C03", () -> in(() -> recordsManager.call(() -> {
                retention.removeClass("C03");
                return null;
            })));
            refused("foreign key", () -> sql.update("delete from record_class where tenant = ? and code = 'C03'",
                    DemoSeeder.LAKEVIEW));
            refused("", () -> asClerk(() -> retention.saveClass(reports10, "a clerk may not")));
        } finally {
            in(() -> recordsManager.call(() -> retention.saveClass(reports10, "back to the starting plan")));
        }
    }
}
