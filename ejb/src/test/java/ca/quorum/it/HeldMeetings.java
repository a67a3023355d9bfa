package ca.quorum.it;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import ca.quorum.demo.DemoSeeder;
import ca.quorum.meeting.application.AgendaDraft;
import ca.quorum.meeting.application.Agendas;
import ca.quorum.meeting.application.LiveView;
import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.MeetingConsole;
import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.meeting.domain.live.Choice;
import ca.quorum.meeting.domain.live.MotionKind;
import ca.quorum.meeting.domain.live.Presence;
import ca.quorum.meeting.domain.live.VoteRule;

/** Lakeview Harbour council meetings scheduled and held through the console, as the clerk, for the ITs. */
final class HeldMeetings {

    private final AsClerk clerk;
    private final MeetingConsole console;
    private final Agendas agendas;
    private final MeetingCalendar calendar;

    HeldMeetings(AsClerk clerk, MeetingConsole console, Agendas agendas, MeetingCalendar calendar) {
        this.clerk = clerk;
        this.console = console;
        this.agendas = agendas;
        this.calendar = calendar;
    }

    private static <T> T in(Callable<T> work) {
        return Act.in(DemoSeeder.LAKEVIEW, work);
    }

    private <T> T asClerk(Callable<T> work) {
        return in(() -> clerk.call(work));
    }

    private long council() {
        return in(() -> calendar.bodies()).stream().filter(b -> b.kind().equals("COUNCIL")).findFirst().orElseThrow()
                .id();
    }

    private Map<String, Long> members() {
        return in(() -> calendar.body(council())).members().stream()
                .collect(Collectors.toMap(MeetingCalendar.MemberSummary::name, MeetingCalendar.MemberSummary::id));
    }

    /** A meeting {@code days} ahead with a report item and a closed item; returns meeting, open item, closed item. */
    long[] meeting(int days) {
        long meeting = asClerk(() -> agendas.scheduleMeeting(council(), "Council " + System.nanoTime(), false,
                LocalDateTime.of(LocalDate.now().plusDays(days), LocalTime.of(19, 0)), "Council Chamber"));
        AgendaDraft agenda = asClerk(() -> agendas.agenda(meeting));
        long reports = agenda.sections().stream().filter(s -> s.kind().equals("REPORTS")).findFirst().orElseThrow()
                .id();
        long closed = agenda.sections().stream().filter(s -> s.kind().equals("CLOSED_SESSION")).findFirst().orElseThrow()
                .id();
        asClerk(() -> agendas.addItem(meeting, reports, "Road salt tender", "", null, null, null));
        agenda = asClerk(() -> agendas.addItem(meeting, closed, "Offer to purchase 9 Mill Lane", "", "LAND",
                "Proposed disposition of land", null));
        long open = agenda.sections().stream().filter(s -> s.kind().equals("REPORTS")).findFirst().orElseThrow()
                .items().get(0).id();
        long closedItem = agenda.sections().stream().filter(s -> s.kind().equals("CLOSED_SESSION")).findFirst().orElseThrow()
                .items().get(0).id();
        return new long[] {meeting, open, closedItem};
    }

    /**
     * Holds the meeting: everyone present, a main motion with a recorded vote (carried or lost), a closed session,
     * adjournment. Returns the motion's id.
     */
    long run(long[] ids, String motionText, boolean carry) {
        return run(ids, motionText, carry, null);
    }

    /** As {@link #run(long[], String, boolean)}, with a motion moved in the closed session too when one is given. */
    long run(long[] ids, String motionText, boolean carry, String closedMotionText) {
        long meeting = ids[0];
        Map<String, Long> m = members();
        m.values().forEach(member -> asClerk(() -> console.recordAttendance(meeting, member, Presence.IN_PERSON)));
        asClerk(() -> console.callToOrder(meeting));
        asClerk(() -> console.startItem(meeting, ids[1]));
        List<Long> people = List.copyOf(m.values());
        long motion = decide(meeting, people, 0, motionText, true, carry ? Choice.YES : Choice.NO, "b-");
        closeSession(meeting);
        asClerk(() -> console.startItem(meeting, ids[2]));
        if (closedMotionText != null) { // a direction to staff: votable in closed session (s.239(6)(b))
            decide(meeting, people, 2, MotionKind.DIRECTION_TO_STAFF, closedMotionText, false, Choice.YES, "c-");
        }
        asClerk(() -> console.leaveClosedSession(meeting));
        asClerk(() -> console.adjourn(meeting));
        return motion;
    }

    /**
     * Moves, seconds and carries (everyone eligible for) the resolution to go into closed session under s.239(2)(c)
     * (s.239(4)), on the item under consideration, then goes in; returns the resolution's id.
     */
    long closeSession(long meeting) {
        List<Long> eligible = asClerk(() -> console.state(meeting)).attendees().stream()
                .filter(a -> !a.declared() && !a.presence().equals("ABSENT")).map(LiveView.Attendee::member).toList();
        LiveView moved = asClerk(() -> console.moveClosedSession(meeting, eligible.get(0),
                List.of(ClosedReason.LAND), "a proposed disposition of land"));
        long resolution = moved.motions().get(moved.motions().size() - 1).id();
        asClerk(() -> console.second(meeting, resolution, eligible.get(1)));
        asClerk(() -> console.openVote(meeting, resolution, false));
        for (Long p : eligible) {
            asClerk(() -> console.recordBallot(meeting, p, Choice.YES, "cs-" + meeting + "-" + resolution + "-" + p));
        }
        asClerk(() -> console.closeVote(meeting));
        asClerk(() -> console.enterClosedSession(meeting, resolution));
        return resolution;
    }

    /** Moves a motion (by {@code people[mover]}, seconded by the next), votes everyone's {@code choice}; its id. */
    private long decide(long meeting, List<Long> people, int mover, String text, boolean recorded, Choice choice,
            String ballotPrefix) {
        return decide(meeting, people, mover, MotionKind.MAIN, text, recorded, choice, ballotPrefix);
    }

    private long decide(long meeting, List<Long> people, int mover, MotionKind kind, String text, boolean recorded,
            Choice choice, String ballotPrefix) {
        asClerk(() -> console.move(meeting, people.get(mover), kind, text, null, VoteRule.MAJORITY_OF_VOTES_CAST));
        long motion = asClerk(() -> console.record(meeting)).live().motions().stream()
                .filter(x -> x.text().equals(text)).findFirst().orElseThrow().id();
        asClerk(() -> console.second(meeting, motion, people.get(mover + 1)));
        asClerk(() -> console.openVote(meeting, motion, recorded));
        for (Long p : people) {
            asClerk(() -> console.recordBallot(meeting, p, choice, ballotPrefix + meeting + "-" + p));
        }
        asClerk(() -> console.closeVote(meeting));
        return motion;
    }

}
