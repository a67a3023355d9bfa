package ca.quorum.meeting.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Test-data builders for agendas and staff reports. */
final class MeetingFixtures {

    static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    /** Tuesday 2027-03-16 at 19:00 in Toronto. */
    static final ZonedDateTime MEETING_START = ZonedDateTime.of(2027, 3, 16, 19, 0, 0, 0, TORONTO);
    /** Well before the deadline (7 days before at noon: 2027-03-09 12:00). */
    static final Instant EARLY = ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, TORONTO).toInstant();

    private MeetingFixtures() {
    }

    static Meeting aMeeting() {
        Body council = new Body("Council", "Conseil", BodyKind.COUNCIL);
        council.closeAgendas(7, LocalTime.NOON);
        return new Meeting(council, "Regular Council Meeting", false, MEETING_START.toInstant(), "Council Chamber");
    }

    static Agenda anAgenda() {
        return new Agenda(aMeeting(), AgendaTemplate.STANDARD);
    }

    static AgendaSection section(Agenda agenda, SectionKind kind) {
        return agenda.sections().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    static AgendaItem add(Agenda agenda, SectionKind kind, String title) {
        return agenda.addItem(section(agenda, kind), ItemDraft.open(title, ""), EARLY, TORONTO);
    }

    static StaffReport aReport(String title) {
        return new StaffReport("author", "Sam Patel", title, "That Council approve it.", "Background.", EARLY);
    }

    static List<ApprovalStepSpec> chain() {
        return List.of(new ApprovalStepSpec("Manager", "manager"), new ApprovalStepSpec("Director", "director"),
                new ApprovalStepSpec("Clerk", "clerk"));
    }

    static StaffReport anApprovedReport(String title) {
        StaffReport report = aReport(title);
        report.submit("author", chain(), EARLY);
        report.approve("manager", "", EARLY);
        report.approve("director", "", EARLY);
        report.approve("clerk", "", EARLY);
        return report;
    }

    static List<String> numbers(Agenda agenda) {
        return agenda.itemsInOrder().stream().map(i -> agenda.number(i) + " " + i.title()).toList();
    }
}
