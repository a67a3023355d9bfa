package ca.quorum.meeting.domain;

import static ca.quorum.meeting.domain.MeetingFixtures.EARLY;
import static ca.quorum.meeting.domain.MeetingFixtures.MEETING_START;
import static ca.quorum.meeting.domain.MeetingFixtures.TORONTO;
import static ca.quorum.meeting.domain.MeetingFixtures.add;
import static ca.quorum.meeting.domain.MeetingFixtures.anAgenda;
import static ca.quorum.meeting.domain.MeetingFixtures.anApprovedReport;
import static ca.quorum.meeting.domain.MeetingFixtures.aReport;
import static ca.quorum.meeting.domain.MeetingFixtures.chain;
import static ca.quorum.meeting.domain.MeetingFixtures.numbers;
import static ca.quorum.meeting.domain.MeetingFixtures.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import ca.quorum.shared.domain.RuleViolation;

class AgendaTest {

    @Nested
    class Lifecycle {

        @Test
        void theAgendaIsFrozenOnceTheMeetingIsCalledToOrderAndOnlyACarriedWalkOnAddsAnItem() {
            Agenda agenda = anAgenda();
            add(agenda, SectionKind.REPORTS, "Road salt tender");
            agenda.meeting().begin();
            RuleViolation frozen = assertThrows(RuleViolation.class,
                    () -> add(agenda, SectionKind.REPORTS, "Library hours"));
            assertEquals("The meeting is in progress; its agenda can no longer change.", frozen.getMessage());
            AgendaItem walkOn = agenda.addWalkOn(section(agenda, SectionKind.REPORTS), "Harbour dredging",
                    MeetingFixtures.EARLY);
            assertEquals("6.2", agenda.number(walkOn));
            assertTrue(walkOn.late(), "an item added during the meeting is late");
            agenda.meeting().adjourn();
            assertThrows(RuleViolation.class, () -> agenda.addWalkOn(section(agenda, SectionKind.REPORTS), "Another",
                    MeetingFixtures.EARLY), "not once adjourned");
            assertThrows(RuleViolation.class, () -> agenda.meeting().begin(), "a meeting is called to order once");
        }
    }

    @Nested
    class Numbering {

        @Test
        void sectionsFollowTheTemplateAndItemsAreNumberedWithinTheirSection() {
            Agenda agenda = anAgenda();
            assertEquals(11, agenda.sections().size());
            assertEquals("Reports and Motions", agenda.sections().get(5).title());
            AgendaItem first = add(agenda, SectionKind.REPORTS, "Road salt tender");
            AgendaItem second = add(agenda, SectionKind.REPORTS, "Library hours");
            assertEquals("6", agenda.number(section(agenda, SectionKind.REPORTS)));
            assertEquals("6.1", agenda.number(first));
            assertEquals("6.2", agenda.number(second));
            assertEquals("1.1", agenda.number(add(agenda, SectionKind.CALL_TO_ORDER, "Land acknowledgement")));
        }

        @Test
        void subItemsAreNumberedUnderTheirItem() {
            Agenda agenda = anAgenda();
            AgendaItem budget = add(agenda, SectionKind.REPORTS, "2027 budget");
            AgendaItem capital = add(agenda, SectionKind.REPORTS, "Capital plan");
            AgendaItem operating = add(agenda, SectionKind.REPORTS, "Operating plan");
            agenda.indent(capital);
            agenda.indent(operating);
            assertEquals(List.of("6.1 2027 budget", "6.1.1 Capital plan", "6.1.2 Operating plan"), numbers(agenda));
            assertEquals(List.of(capital, operating), agenda.children(budget));
        }

        @Test
        void numbersAreRecomputedAfterEveryChange() {
            Agenda agenda = anAgenda();
            AgendaItem a = add(agenda, SectionKind.REPORTS, "A");
            AgendaItem b = add(agenda, SectionKind.REPORTS, "B");
            AgendaItem c = add(agenda, SectionKind.REPORTS, "C");
            agenda.moveUp(c);
            assertEquals(List.of("6.1 A", "6.2 C", "6.3 B"), numbers(agenda));
            agenda.remove(a);
            assertEquals(List.of("6.1 C", "6.2 B"), numbers(agenda));
            agenda.moveDown(c);
            assertEquals(List.of("6.1 B", "6.2 C"), numbers(agenda));
            assertEquals("6.2", agenda.number(c));
            assertEquals("6.1", agenda.number(b));
        }
    }

    @Nested
    class Ordering {

        @Test
        void theFirstItemCannotMoveUpNorTheLastDown() {
            Agenda agenda = anAgenda();
            AgendaItem a = add(agenda, SectionKind.REPORTS, "A");
            AgendaItem b = add(agenda, SectionKind.REPORTS, "B");
            assertEquals("Item 6.1 is already first.", assertThrows(RuleViolation.class, () -> agenda.moveUp(a))
                    .getMessage());
            assertThrows(RuleViolation.class, () -> agenda.moveDown(b));
            assertEquals(List.of("6.1 A", "6.2 B"), numbers(agenda));
        }

        @Test
        void dragAndDropMovesAnItemToAnotherSectionAndPlace() {
            Agenda agenda = anAgenda();
            AgendaItem a = add(agenda, SectionKind.REPORTS, "A");
            AgendaItem b = add(agenda, SectionKind.REPORTS, "B");
            AgendaItem c = add(agenda, SectionKind.CONSENT, "C");
            agenda.moveTo(b, section(agenda, SectionKind.CONSENT), null, 0);
            assertEquals(List.of("5.1 B", "5.2 C", "6.1 A"), numbers(agenda));
            agenda.moveTo(c, section(agenda, SectionKind.REPORTS), null, 99);
            assertEquals(List.of("5.1 B", "6.1 A", "6.2 C"), numbers(agenda));
            agenda.moveTo(a, section(agenda, SectionKind.REPORTS), null, -3);
            assertEquals("6.1", agenda.number(a));
        }

        @Test
        void anItemMovesWithItsSubItems() {
            Agenda agenda = anAgenda();
            AgendaItem parent = add(agenda, SectionKind.REPORTS, "Parent");
            AgendaItem child = add(agenda, SectionKind.REPORTS, "Child");
            agenda.indent(child);
            agenda.moveTo(parent, section(agenda, SectionKind.BY_LAWS), null, 0);
            assertEquals(List.of("7.1 Parent", "7.1.1 Child"), numbers(agenda));
            assertEquals(SectionKind.BY_LAWS, child.section().kind());
        }

        @Test
        void removingAnItemRemovesItsSubItems() {
            Agenda agenda = anAgenda();
            AgendaItem parent = add(agenda, SectionKind.REPORTS, "Parent");
            AgendaItem child = add(agenda, SectionKind.REPORTS, "Child");
            add(agenda, SectionKind.REPORTS, "Other");
            agenda.indent(child);
            agenda.remove(parent);
            assertEquals(List.of("6.1 Other"), numbers(agenda));
        }

        @Test
        void anItemOfAnotherAgendaIsRefused() {
            Agenda agenda = anAgenda();
            AgendaItem foreign = add(anAgenda(), SectionKind.REPORTS, "Elsewhere");
            assertThrows(RuleViolation.class, () -> agenda.moveUp(foreign));
            assertThrows(RuleViolation.class, () -> agenda.addItem(section(anAgenda(), SectionKind.REPORTS),
                    ItemDraft.open("X", ""), EARLY, TORONTO));
        }
    }

    @Nested
    class Nesting {

        @Test
        void itemsNestOneLevelOnly() {
            Agenda agenda = anAgenda();
            AgendaItem a = add(agenda, SectionKind.REPORTS, "A");
            AgendaItem b = add(agenda, SectionKind.REPORTS, "B");
            AgendaItem c = add(agenda, SectionKind.REPORTS, "C");
            agenda.indent(b);
            agenda.indent(c);
            RuleViolation refused = assertThrows(RuleViolation.class, () -> agenda.indent(c));
            assertTrue(refused.getMessage().contains("one level"), refused.getMessage());
            assertThrows(RuleViolation.class, () -> agenda.moveTo(c, a.section(), b, 0));
            assertEquals(List.of("6.1 A", "6.1.1 B", "6.1.2 C"), numbers(agenda));
        }

        @Test
        void anItemWithSubItemsCannotBecomeOne() {
            Agenda agenda = anAgenda();
            AgendaItem a = add(agenda, SectionKind.REPORTS, "A");
            AgendaItem b = add(agenda, SectionKind.REPORTS, "B");
            AgendaItem c = add(agenda, SectionKind.REPORTS, "C");
            agenda.indent(c);
            assertThrows(RuleViolation.class, () -> agenda.indent(b));
            assertThrows(RuleViolation.class, () -> agenda.moveTo(b, b.section(), a, 0));
            assertThrows(RuleViolation.class, () -> agenda.moveTo(a, a.section(), a, 0));
        }

        @Test
        void theFirstItemHasNothingToGoUnder() {
            Agenda agenda = anAgenda();
            AgendaItem a = add(agenda, SectionKind.REPORTS, "A");
            assertThrows(RuleViolation.class, () -> agenda.indent(a));
            assertThrows(RuleViolation.class, () -> agenda.outdent(a));
        }

        @Test
        void outdentPutsTheSubItemRightAfterItsItem() {
            Agenda agenda = anAgenda();
            add(agenda, SectionKind.REPORTS, "A");
            AgendaItem b = add(agenda, SectionKind.REPORTS, "B");
            AgendaItem c = add(agenda, SectionKind.REPORTS, "C");
            add(agenda, SectionKind.REPORTS, "D");
            agenda.indent(b);
            agenda.indent(c);
            agenda.outdent(b);
            assertEquals(List.of("6.1 A", "6.1.1 C", "6.2 B", "6.3 D"), numbers(agenda));
        }

        @Test
        void aSubItemStaysInTheSectionOfItsItem() {
            Agenda agenda = anAgenda();
            AgendaItem a = add(agenda, SectionKind.REPORTS, "A");
            AgendaItem b = add(agenda, SectionKind.BY_LAWS, "B");
            assertThrows(RuleViolation.class, () -> agenda.moveTo(b, b.section(), a, 0));
        }
    }

    @Nested
    class ClosedItems {

        @Test
        void aClosedItemNeedsItsReasonAndAPublicTitleAndTheClosedSection() {
            Agenda agenda = anAgenda();
            AgendaSection closed = section(agenda, SectionKind.CLOSED_SESSION);
            AgendaSection reports = section(agenda, SectionKind.REPORTS);
            RuleViolation noPublicTitle = assertThrows(RuleViolation.class, () -> agenda.addItem(closed,
                    ItemDraft.closed("Purchase of 12 Harbour Rd", ClosedReason.LAND, " "), EARLY, TORONTO));
            assertTrue(noPublicTitle.getMessage().contains("public title"));
            assertThrows(RuleViolation.class, () -> agenda.addItem(closed, ItemDraft.open("Open item", ""),
                    EARLY, TORONTO));
            assertThrows(RuleViolation.class, () -> agenda.addItem(reports,
                    ItemDraft.closed("Secret", ClosedReason.LAND, "Land matter"), EARLY, TORONTO));
            assertThrows(RuleViolation.class, () -> agenda.addItem(reports,
                    new ItemDraft("Open", "", null, "A public title", null), EARLY, TORONTO));
            AgendaItem item = agenda.addItem(closed,
                    ItemDraft.closed("Purchase of 12 Harbour Rd", ClosedReason.LAND, "Acquisition of land, Ward 2"),
                    EARLY, TORONTO);
            assertTrue(item.closed());
            assertEquals("Acquisition of land, Ward 2", item.titleFor(Audience.PUBLIC));
            assertEquals("Purchase of 12 Harbour Rd", item.titleFor(Audience.MEMBERS));
        }

        @Test
        void closedItemsCannotLeaveTheClosedSessionNorOpenItemsEnterIt() {
            Agenda agenda = anAgenda();
            AgendaItem secret = agenda.addItem(section(agenda, SectionKind.CLOSED_SESSION),
                    ItemDraft.closed("Grievance 2027-3", ClosedReason.LABOUR_RELATIONS, "Labour relations"), EARLY,
                    TORONTO);
            AgendaItem open = add(agenda, SectionKind.REPORTS, "Open");
            assertThrows(RuleViolation.class,
                    () -> agenda.moveTo(secret, section(agenda, SectionKind.REPORTS), null, 0));
            assertThrows(RuleViolation.class,
                    () -> agenda.moveTo(open, section(agenda, SectionKind.CLOSED_SESSION), null, 0));
        }

        @Test
        void reasonsCiteTheActAndParseFromEitherForm() {
            assertEquals("s.239(2)(c), a proposed or pending acquisition or disposition of land",
                    ClosedReason.LAND.citation());
            assertEquals(ClosedReason.LAND, ClosedReason.parse("239(2)(c)").orElseThrow());
            assertEquals(ClosedReason.EDUCATION, ClosedReason.parse("s.239(3.1)").orElseThrow());
            assertEquals(ClosedReason.LITIGATION, ClosedReason.parse("litigation").orElseThrow());
            assertTrue(ClosedReason.parse("239(2)(z)").isEmpty());
        }
    }

    @Nested
    class LateItems {

        @Test
        void theDeadlineIsDaysBeforeTheMeetingAtTheBodysTimeInTheMunicipalityZone() {
            Body body = new Body("Council", "Conseil", BodyKind.COUNCIL);
            body.closeAgendas(7, LocalTime.NOON);
            assertEquals(ZonedDateTime.of(2027, 3, 9, 12, 0, 0, 0, TORONTO).toInstant(),
                    body.agendaDeadline(MEETING_START.toInstant(), TORONTO));
            // the spring-forward weekend (2027-03-14) lies between deadline and meeting: still noon local time
            body.closeAgendas(2, LocalTime.of(16, 30));
            assertEquals(ZonedDateTime.of(2027, 3, 14, 16, 30, 0, 0, TORONTO).toInstant(),
                    body.agendaDeadline(MEETING_START.toInstant(), TORONTO));
            assertThrows(RuleViolation.class, () -> body.closeAgendas(-1, LocalTime.NOON));
        }

        @Test
        void anItemAddedAfterTheDeadlineIsLateAndBlocksPublishingUntilApproved() {
            Agenda agenda = anAgenda();
            Instant deadline = ZonedDateTime.of(2027, 3, 9, 12, 0, 0, 0, TORONTO).toInstant();
            AgendaItem onTime = agenda.addItem(section(agenda, SectionKind.REPORTS), ItemDraft.open("On time", ""),
                    deadline, TORONTO);
            AgendaItem late = agenda.addItem(section(agenda, SectionKind.REPORTS), ItemDraft.open("Late", ""),
                    deadline.plusSeconds(1), TORONTO);
            assertFalse(onTime.late(), "an item added exactly at the deadline is on time");
            assertTrue(late.late());
            assertEquals(List.of("Item 6.2 \"Late\" was added after the agenda deadline and needs the clerk's "
                    + "approval."), agenda.publishProblems());
            assertThrows(RuleViolation.class, () -> agenda.publish(EARLY, r -> null));
            assertThrows(RuleViolation.class, () -> agenda.approveLateItem(onTime));
            agenda.approveLateItem(late);
            assertTrue(late.late());
            assertFalse(late.awaitingLateApproval());
            assertTrue(agenda.publishProblems().isEmpty());
        }
    }

    @Nested
    class Reports {

        @Test
        void onlyReportsInApprovalOrApprovedGoOnAnAgendaAndOnlyApprovedOnesArePublished() {
            Agenda agenda = anAgenda();
            AgendaSection reports = section(agenda, SectionKind.REPORTS);
            StaffReport draft = aReport("Draft report");
            RuleViolation refused = assertThrows(RuleViolation.class,
                    () -> agenda.addItem(reports, ItemDraft.forReport(draft), EARLY, TORONTO));
            assertTrue(refused.getMessage().contains("is a draft"), refused.getMessage());
            StaffReport pending = aReport("Pending report");
            pending.submit("author", chain(), EARLY);
            agenda.addItem(reports, ItemDraft.forReport(pending), EARLY, TORONTO);
            assertThrows(RuleViolation.class,
                    () -> agenda.addItem(reports, ItemDraft.forReport(pending), EARLY, TORONTO));
            assertEquals(1, agenda.publishProblems().size());
            assertTrue(agenda.publishProblems().get(0).contains("in approval"));
            pending.approve("manager", "", EARLY);
            pending.approve("director", "", EARLY);
            pending.approve("clerk", "", EARLY);
            assertTrue(agenda.publishProblems().isEmpty());
        }
    }

    @Nested
    class Publishing {

        @Test
        void eachPublicationIsTheNextRevisionAndCarriesNumbersAndReports() {
            Agenda agenda = anAgenda();
            StaffReport report = anApprovedReport("Road salt tender");
            agenda.addItem(section(agenda, SectionKind.REPORTS), ItemDraft.forReport(report), EARLY, TORONTO);
            PublishedAgenda first = agenda.publish(EARLY, r -> new PublishedAgenda.Report(1, r.title(),
                    r.recommendation(), r.body(), r.authorName(), List.of()));
            assertEquals(1, first.revision());
            assertEquals("Agenda", first.label("en"));
            PublishedAgenda.Item item = first.sections().get(5).items().get(0);
            assertEquals("6.1", item.number());
            assertEquals("That Council approve it.", item.report().recommendation());
            add(agenda, SectionKind.REPORTS, "Added later");
            PublishedAgenda second = agenda.publish(EARLY, r -> null);
            assertEquals(2, second.revision());
            assertEquals("Revised agenda 2", second.label("en"));
            assertEquals("Ordre du jour révisé 2", second.label("fr"));
            assertEquals(2, agenda.publishedRevision());
        }

        @Test
        void anAdjournedMeetingsAgendaCannotChange() {
            Agenda agenda = anAgenda();
            agenda.meeting().cancel();
            assertThrows(RuleViolation.class, () -> add(agenda, SectionKind.REPORTS, "Too late"));
        }
    }
}
