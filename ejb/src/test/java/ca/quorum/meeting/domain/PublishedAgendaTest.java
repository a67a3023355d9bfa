package ca.quorum.meeting.domain;

import static ca.quorum.meeting.domain.MeetingFixtures.EARLY;
import static ca.quorum.meeting.domain.MeetingFixtures.TORONTO;
import static ca.quorum.meeting.domain.MeetingFixtures.add;
import static ca.quorum.meeting.domain.MeetingFixtures.anAgenda;
import static ca.quorum.meeting.domain.MeetingFixtures.anApprovedReport;
import static ca.quorum.meeting.domain.MeetingFixtures.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The visibility rule: what the public version of a published agenda keeps of closed items. */
class PublishedAgendaTest {

    private static PublishedAgenda published() {
        Agenda agenda = anAgenda();
        add(agenda, SectionKind.REPORTS, "Library hours");
        StaffReport secretReport = anApprovedReport("Offer for 12 Harbour Road");
        AgendaSection closed = section(agenda, SectionKind.CLOSED_SESSION);
        agenda.addItem(closed, new ItemDraft("Purchase of 12 Harbour Road from J. Smith", "Offer: $1.2M",
                ClosedReason.LAND, "Proposed acquisition of land, Ward 2", secretReport), EARLY, TORONTO);
        AgendaItem parent = agenda.addItem(closed, ItemDraft.closed("Grievance of employee K. Lee",
                ClosedReason.LABOUR_RELATIONS, "Labour relations matter"), EARLY, TORONTO);
        AgendaItem child = agenda.addItem(closed, ItemDraft.closed("Arbitrator's letter about K. Lee",
                ClosedReason.LABOUR_RELATIONS, "Related correspondence"), EARLY, TORONTO);
        agenda.indent(child);
        assertSame(parent, child.parent());
        return agenda.publish(EARLY, r -> new PublishedAgenda.Report(7, r.title(), r.recommendation(), r.body(),
                r.authorName(), List.of(new PublishedAgenda.Attachment("appraisal.pdf", 3, "ab".repeat(32), 10))));
    }

    private static String everyText(PublishedAgenda agenda) {
        List<String> parts = new ArrayList<>();
        agenda.forEachItem(i -> {
            parts.add(i.title());
            parts.add(String.valueOf(i.publicTitle()));
            parts.add(i.text());
            if (i.report() != null) {
                parts.add(i.report().title() + i.report().recommendation() + i.report().body());
                i.report().attachments().forEach(a -> parts.add(a.name()));
            }
        });
        return String.join("|", parts);
    }

    @Test
    void membersReadEverything() {
        PublishedAgenda members = published().forAudience(Audience.MEMBERS);
        String text = everyText(members);
        assertTrue(text.contains("Purchase of 12 Harbour Road from J. Smith"));
        assertTrue(text.contains("appraisal.pdf"));
        assertTrue(text.contains("Offer: $1.2M"));
    }

    @Test
    void anAttachmentIsFoundOnlyInAVersionThatHasIt() {
        assertEquals("appraisal.pdf", published().forAudience(Audience.MEMBERS).attachment(3).orElseThrow().name());
        assertTrue(published().forAudience(Audience.PUBLIC).attachment(3).isEmpty(), "a closed item's attachment");
        assertTrue(published().forAudience(Audience.MEMBERS).attachment(99).isEmpty(), "no such file");
    }

    @Test
    void thePublicVersionHasNoClosedTitleTextReportOrAttachment() {
        PublishedAgenda pub = published().forAudience(Audience.PUBLIC);
        String text = everyText(pub);
        for (String secret : List.of("Harbour Road", "J. Smith", "$1.2M", "appraisal.pdf", "K. Lee",
                "Arbitrator")) {
            assertFalse(text.contains(secret), "the public version leaks " + secret + ": " + text);
        }
        assertEquals(Audience.PUBLIC, pub.audience());
    }

    @Test
    void thePublicVersionKeepsNumbersPublicTitlesAndTheReasonsUnderS239() {
        PublishedAgenda pub = published().forAudience(Audience.PUBLIC);
        PublishedAgenda.Section closed = pub.sections().get(7);
        assertEquals("8", closed.number());
        PublishedAgenda.Item land = closed.items().get(0);
        assertEquals("8.1", land.number());
        assertEquals("Proposed acquisition of land, Ward 2", land.title());
        assertNull(land.publicTitle());
        assertNull(land.report());
        assertEquals(ClosedReason.LAND, land.closedReason());
        assertEquals("Related correspondence", closed.items().get(1).children().get(0).title());
        assertEquals("Library hours", pub.sections().get(5).items().get(0).title());
    }

    @Test
    void thePublicVersionOfThePublicVersionIsItself() {
        PublishedAgenda pub = published().forAudience(Audience.PUBLIC);
        assertSame(pub, pub.forAudience(Audience.PUBLIC));
        assertSame(pub, pub.forAudience(Audience.MEMBERS), "a public copy never grows closed material back");
    }
}
