package ca.quorum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ca.quorum.demo.DemoSeeder;
import ca.quorum.meeting.application.AgendaDraft;
import ca.quorum.meeting.application.Agendas;
import ca.quorum.meeting.application.LiveView;
import ca.quorum.meeting.application.MeetingCalendar;
import ca.quorum.meeting.application.MeetingConsole;
import ca.quorum.meeting.domain.ProcedureSettings;
import ca.quorum.meeting.domain.live.Choice;
import ca.quorum.meeting.domain.live.LiveEvent;
import ca.quorum.meeting.domain.live.MotionKind;
import ca.quorum.meeting.domain.live.Presence;
import ca.quorum.meeting.domain.live.VoteRule;
import ca.quorum.shared.domain.RuleViolation;

/**
 * The meeting console inside WildFly against PostgreSQL: a council meeting from call to order to adjournment, and
 * every way a ballot is refused; each step runs as the demo user who would take it.
 */
@ExtendWith(ArquillianExtension.class)
class LiveMeetingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ejbApplication();
    }

    @Inject
    AsClerk clerk;

    @Inject
    AsCouncillor councillor;

    @Inject
    AsMayor mayor;

    @Inject
    AsOutsider outsider;

    @Inject
    MeetingConsole console;

    @Inject
    Agendas agendas;

    @Inject
    MeetingCalendar calendar;

    @Inject
    Sql sql;

    @Inject
    ca.quorum.meeting.application.Bodies bodies;

    private static <T> T in(Callable<T> work) {
        return Act.in(DemoSeeder.LAKEVIEW, work);
    }

    /** Every message down a chain of causes. */
    private <T> T asClerk(Callable<T> work) {
        return in(() -> clerk.call(work));
    }

    /** The council's members by name. */
    private Map<String, Long> council() {
        long body = in(() -> calendar.bodies()).stream().filter(b -> b.kind().equals("COUNCIL")).findFirst()
                .orElseThrow().id();
        return in(() -> calendar.body(body)).members().stream()
                .collect(Collectors.toMap(MeetingCalendar.MemberSummary::name, MeetingCalendar.MemberSummary::id));
    }

    /** A council meeting with two report items; returns its id and its items' ids. */
    private long[] meetingWithItems() {
        long body = in(() -> calendar.bodies()).stream().filter(b -> b.kind().equals("COUNCIL")).findFirst()
                .orElseThrow().id();
        long meeting = asClerk(() -> agendas.scheduleMeeting(body, "Council " + System.nanoTime(), false,
                LocalDateTime.of(LocalDate.now().plusDays(30), LocalTime.of(19, 0)), "Council Chamber"));
        long reports = asClerk(() -> agendas.agenda(meeting)).sections().stream()
                .filter(s -> s.kind().equals("REPORTS")).findFirst().orElseThrow().id();
        asClerk(() -> agendas.addItem(meeting, reports, "Road salt tender", "", null, null, null));
        AgendaDraft agenda = asClerk(() -> agendas.addItem(meeting, reports, "Library hours", "", null, null, null));
        List<AgendaDraft.Item> items = agenda.sections().stream().filter(s -> s.kind().equals("REPORTS"))
                .findFirst().orElseThrow().items();
        return new long[] {meeting, items.get(0).id(), items.get(1).id()};
    }

    private LiveView allPresentAndCalledToOrder(long meeting, Map<String, Long> members) {
        for (Map.Entry<String, Long> m : members.entrySet()) {
            Presence presence = m.getKey().contains("Gagnon") ? Presence.ELECTRONIC : Presence.IN_PERSON;
            asClerk(() -> console.recordAttendance(meeting, m.getValue(), presence));
        }
        return asClerk(() -> console.callToOrder(meeting));
    }

    @Test
    void aCouncilMeetingFromCallToOrderToAdjournment() throws Exception {
        long[] ids = meetingWithItems();
        long meeting = ids[0];
        Map<String, Long> m = council();
        assertEquals(9, m.size());
        RuleViolation noQuorum = assertThrows(RuleViolation.class, () -> asClerk(() -> console.callToOrder(meeting)));
        assertTrue(noQuorum.getMessage().startsWith("There is no quorum: 0 counted, 5 needed"));

        LiveView view = allPresentAndCalledToOrder(meeting, m);
        assertEquals("IN_SESSION", view.status());
        assertEquals(new LiveView.Quorum(9, 5, true), view.quorum());

        view = asClerk(() -> console.startItem(meeting, ids[1]));
        assertEquals("6.1 Road salt tender", view.currentItem());
        asClerk(() -> console.declareInterest(meeting, m.get("Councillor Thomas Kowalski"), ids[1],
                "his brother owns a bidder"));
        assertTrue(in(() -> console.declarations(100)).stream().anyMatch(d -> d.meetingId() == meeting
                && d.member().equals("Councillor Thomas Kowalski") && d.item().equals("6.1 Road salt tender")
                && d.nature().equals("his brother owns a bidder")), "the public registry lists the declaration");
        long okafor = m.get("Councillor Amara Okafor");
        view = asClerk(() -> console.move(meeting, okafor, "That Council award the tender to Northern Salt Ltd.",
                null, VoteRule.MAJORITY_OF_VOTES_CAST));
        long motion = view.motions().get(0).id();
        asClerk(() -> console.second(meeting, motion, m.get("Councillor Benoît Lapointe")));
        view = in(() -> mayor.call(() -> console.openVote(meeting, motion, true)));
        assertEquals(8, view.openVote().eligible(), "nine present, one declared");

        in(() -> councillor.call(() -> console.castBallot(meeting, Choice.YES, "grace-tablet-1")));
        in(() -> mayor.call(() -> console.castBallot(meeting, Choice.YES, "mayor-tablet-1")));
        int n = 0;
        for (String name : List.of("Councillor Amara Okafor", "Councillor Benoît Lapointe", "Councillor Daniel Moreau",
                "Councillor Priya Raman", "Councillor Marc-André Gagnon")) {
            String ballot = "hands-" + n++;
            asClerk(() -> console.recordBallot(meeting, m.get(name), Choice.YES, ballot));
        }
        asClerk(() -> console.recordBallot(meeting, m.get("Councillor Sarah Whitehorse"), Choice.NO, "hands-no"));
        view = in(() -> mayor.call(() -> console.closeVote(meeting)));
        LiveView.VoteView result = view.lastResult();
        assertTrue(result.carried());
        assertEquals(7, result.yes());
        assertEquals(1, result.no());
        assertEquals(List.of("Councillor Sarah Whitehorse"), result.noNames(), "a recorded vote names everyone");
        assertTrue(result.yesNames().contains("Mayor Eleanor Whitfield"));
        assertEquals("CARRIED", view.motions().get(0).status());

        held().closeSession(meeting);
        assertTrue(in(() -> console.state(meeting)).closedSession().startsWith("s.239(2)(c)"));
        assertEquals("IN_PROGRESS", sql.text("select status from meeting where id = ?", meeting),
                "called to order: the meeting is in progress");
        asClerk(() -> console.leaveClosedSession(meeting));
        asClerk(() -> console.recordAttendance(meeting, m.get("Councillor Priya Raman"), Presence.ABSENT));
        view = asClerk(() -> console.adjourn(meeting));
        assertEquals("ADJOURNED", view.status());
        assertEquals("ABSENT", view.attendees().stream().filter(a -> a.name().contains("Raman")).findFirst()
                .orElseThrow().presence());

        JsonArray log = Json.createReader(new StringReader(asClerk(() -> console.exportLog(meeting)))).readArray();
        List<String> types = log.stream().map(e -> ((JsonObject) e).getString("type")).toList();
        assertEquals(view.logLength(), log.size());
        assertEquals("CalledToOrder", types.get(9));
        assertEquals(List.of("ItemStarted", "InterestDeclared", "MotionMoved", "MotionSeconded", "VoteOpened"),
                types.subList(10, 15));
        assertEquals(8 + 8, types.stream().filter("BallotCast"::equals).count(), "the motion's and the resolution's");
        assertEquals(List.of("VoteClosed", "ResolutionNumbered", "MotionMoved", "MotionSeconded", "VoteOpened"),
                types.subList(23, 28), "the motion carried takes its number; the resolution to go into closed session "
                        + "is moved, seconded and voted (s.239(4))");
        assertEquals(List.of("VoteClosed", "ResolutionNumbered", "ClosedSessionEntered", "ClosedSessionLeft",
                "AttendanceChanged", "Adjourned"), types.subList(types.size() - 6, types.size()));
        assertEquals("ADJOURNED", sql.text("select status from meeting where id = ?", meeting));
        assertEquals("mayor@" + DemoSeeder.LAKEVIEW, log.getJsonObject(14).getString("actor"));
        assertEquals(16, sql.number("select count(*) from ballot where meeting_id = ?", meeting));
        assertEquals(log.size(), sql.number("select count(*) from audit_entry where tenant = ? and subject_id = ? "
                + "and action = 'MeetingEvent'", DemoSeeder.LAKEVIEW, Long.toString(meeting)));
        assertTrue(Failures.messages(assertThrows(EJBException.class,
                () -> sql.update("delete from meeting_event where meeting_id = ?", meeting))).contains("append-only"),
                "the database refuses to change the log");
    }

    private HeldMeetings held() {
        return new HeldMeetings(clerk, console, agendas, calendar);
    }

    @Test
    void aMotionMovedInClosedSessionOnAnOpenItemStaysOffPublicScreensAndTheRiseAndReportDecisionIsPublic()
            throws Exception {
        long[] ids = meetingWithItems();
        long meeting = ids[0];
        Map<String, Long> m = council();
        allPresentAndCalledToOrder(meeting, m);
        asClerk(() -> console.startItem(meeting, ids[1]));
        held().closeSession(meeting);
        // in closed session, on an open agenda item: a direction to staff (votable in camera, s.239(6)(b))
        LiveView moved = asClerk(() -> console.move(meeting, m.get("Councillor Amara Okafor"),
                MotionKind.DIRECTION_TO_STAFF, "That staff offer $1.2M for 22 Lakeshore Road.", null, null));
        long secret = moved.motions().get(moved.motions().size() - 1).id();
        asClerk(() -> console.second(meeting, secret, m.get("Councillor Grace Chen")));
        asClerk(() -> console.openVote(meeting, secret, true));
        asClerk(() -> console.recordBallot(meeting, m.get("Councillor Amara Okafor"), Choice.YES, "c1"));
        LiveView duringVote = in(() -> console.state(meeting));
        assertNull(duringVote.openVote(), "no vote on a closed matter on public screens");
        asClerk(() -> console.closeVote(meeting));

        LiveView anyone = in(() -> console.state(meeting));
        assertTrue(anyone.motions().stream().noneMatch(x -> x.id() == secret), "the closed motion is left out");
        assertTrue(anyone.lastResult() == null || anyone.lastResult().motion() != secret, "and its tally");
        assertFalse(anyone.toString().contains("Lakeshore"), anyone.toString());
        LiveView clerkView = asClerk(() -> console.state(meeting));
        assertEquals("That staff offer $1.2M for 22 Lakeshore Road.", clerkView.motions().stream()
                .filter(x -> x.id() == secret).findFirst().orElseThrow().text());
        assertEquals(List.of("Councillor Amara Okafor"), clerkView.lastResult().yesNames());

        // a substantive vote in closed session is refused (s.239(6))
        LiveView main = asClerk(() -> console.move(meeting, m.get("Councillor Grace Chen"),
                "That Council buy 22 Lakeshore Road.", null, null));
        long substantive = main.motions().get(main.motions().size() - 1).id();
        asClerk(() -> console.second(meeting, substantive, m.get("Councillor Amara Okafor")));
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> asClerk(() -> console.openVote(meeting, substantive, false)));
        assertTrue(refused.getMessage().contains("s.239(6)"), refused.getMessage());
        asClerk(() -> console.dispose(meeting, substantive, LiveEvent.Disposition.WITHDRAWN));

        // rise and report: the decision is taken in open session and is public
        asClerk(() -> console.leaveClosedSession(meeting));
        LiveView reported = asClerk(() -> console.move(meeting, m.get("Councillor Grace Chen"),
                "That Council authorize the purchase of a trail easement as reported.", null, null));
        long decision = reported.motions().get(reported.motions().size() - 1).id();
        asClerk(() -> console.second(meeting, decision, m.get("Councillor Amara Okafor")));
        asClerk(() -> console.openVote(meeting, decision, true));
        for (long member : m.values()) {
            asClerk(() -> console.recordBallot(meeting, member, Choice.YES, "r-" + member));
        }
        asClerk(() -> console.closeVote(meeting));
        LiveView afterwards = in(() -> console.state(meeting));
        assertEquals(decision, afterwards.lastResult().motion());
        assertTrue(afterwards.lastResult().carried());
        assertEquals(9, afterwards.lastResult().yesNames().size(), "a recorded vote in open session names everyone");
        assertTrue(afterwards.motions().stream().anyMatch(x -> x.id() == decision));
        assertFalse(afterwards.toString().contains("Lakeshore"), afterwards.toString());
    }

    @Test
    void everyBallotRefusalIsExplainedAndStoresNothing() throws Exception {
        long[] ids = meetingWithItems();
        long meeting = ids[0];
        Map<String, Long> m = council();
        allPresentAndCalledToOrder(meeting, m);
        asClerk(() -> console.startItem(meeting, ids[2]));
        Function<String, RuleViolation> refusedTablet = ballot -> assertThrows(RuleViolation.class,
                () -> in(() -> councillor.call(() -> console.castBallot(meeting, Choice.YES, ballot))));

        assertTrue(refusedTablet.apply("before").getMessage().startsWith("No vote is open"));

        long chen = m.get("Councillor Grace Chen");
        asClerk(() -> console.declareInterest(meeting, chen, ids[2], "her spouse is the head librarian"));
        LiveView view = asClerk(() -> console.move(meeting, m.get("Councillor Daniel Moreau"),
                "That the library open on Sundays.", null, null));
        long motion = view.motions().get(0).id();
        asClerk(() -> console.second(meeting, motion, m.get("Councillor Priya Raman")));
        asClerk(() -> console.openVote(meeting, motion, false));
        assertTrue(refusedTablet.apply("recused").getMessage().contains("declared an interest"));

        long whitehorse = m.get("Councillor Sarah Whitehorse");
        asClerk(() -> console.recordAttendance(meeting, whitehorse, Presence.ABSENT));
        assertTrue(assertThrows(RuleViolation.class, () -> asClerk(() -> console.recordBallot(meeting, whitehorse,
                Choice.YES, "absent"))).getMessage().contains("not recorded as present"));

        assertTrue(assertThrows(RuleViolation.class, () -> in(() -> outsider.call(() -> console.castBallot(meeting,
                Choice.YES, "outsider")))).getMessage().contains("does not vote for a seat"));
        assertThrows(EJBAccessException.class, () -> in(() -> console.castBallot(meeting, Choice.YES, "anonymous")));

        LiveView first = in(() -> mayor.call(() -> console.castBallot(meeting, Choice.NO, "mayor-1")));
        LiveView retried = in(() -> mayor.call(() -> console.castBallot(meeting, Choice.NO, "mayor-1")));
        assertEquals(first.logLength(), retried.logLength(), "a retried ballot records nothing");
        assertTrue(assertThrows(RuleViolation.class, () -> in(() -> mayor.call(() -> console.castBallot(meeting,
                Choice.NO, "mayor-2")))).getMessage().contains("already voted no"));
        in(() -> mayor.call(() -> console.castBallot(meeting, Choice.YES, "mayor-3")));
        assertEquals(1, sql.number("select count(*) from ballot where meeting_id = ?", meeting),
                "a changed ballot replaces the member's one row");
        assertEquals("YES", sql.withConnection(c -> {
            try (var s = c.prepareStatement("select choice from ballot where meeting_id = ?")) {
                s.setLong(1, meeting);
                try (var r = s.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertTrue(Failures.messages(assertThrows(EJBException.class, () -> sql.update("insert into ballot (tenant, meeting_id, "
                + "vote_no, member_id, choice, ballot_id, cast_at) select tenant, meeting_id, vote_no, member_id, 'NO', "
                + "'dup', now() from ballot where meeting_id = ?", meeting))).contains("duplicate key"),
                "the database allows one ballot per member per vote");

        long councilBody = sql.number("select body_id from meeting where id = ?", meeting);
        ProcedureSettings usual = asClerk(() -> bodies.procedure(councilBody));
        asClerk(() -> {
            bodies.setProcedure(councilBody, new ProcedureSettings(true, true, true, false,
                    usual.reconsiderationRule(), usual.reconsiderationsPerMotion(), usual.seats(),
                    usual.vacanciesReduceQuorum(), usual.deemedQuorum()));
            return null;
        });
        try {
            assertTrue(assertThrows(RuleViolation.class, () -> in(() -> mayor.call(() -> console.castBallot(meeting,
                    Choice.NO, "mayor-4")))).getMessage().contains("cannot be changed"));
        } finally {
            asClerk(() -> {
                bodies.setProcedure(councilBody, usual);
                return null;
            });
        }
        assertTrue(in(() -> calendar.body(councilBody)).rules().changeAllowed());

        in(() -> mayor.call(() -> console.closeVote(meeting)));
        assertTrue(refusedTablet.apply("after-close").getMessage().startsWith("No vote is open"));
        assertFalse(in(() -> console.state(meeting)).lastResult().recorded());
        assertTrue(in(() -> console.state(meeting)).lastResult().yesNames().isEmpty(),
                "an unrecorded vote names no one");
        assertEquals(1, sql.number("select count(*) from ballot where meeting_id = ?", meeting));
    }
}
