package ca.quorum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

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
import ca.quorum.meeting.application.MinutesBook;
import ca.quorum.meeting.application.MinutesView;
import ca.quorum.meeting.domain.live.Choice;
import ca.quorum.meeting.domain.live.MotionKind;
import ca.quorum.meeting.domain.live.Presence;
import ca.quorum.meeting.domain.minutes.MinutesKind;
import ca.quorum.discovery.application.Search;
import ca.quorum.search.Access;
import ca.quorum.search.SearchQuery;
import ca.quorum.search.SearchResults;
import ca.quorum.shared.domain.RuleViolation;

/**
 * A whole evening of procedure through the console service (issue 12): the consent agenda with a lifted item, a
 * motion lost and reconsidered, a referral, a closed session under its resolution with a motion moved inside it on an
 * open item, rise and report with a recorded vote; then what each surface shows and hides: the public live state, the
 * open and closed-session minutes, the search documents and the registry of declarations.
 */
@ExtendWith(ArquillianExtension.class)
class ProcedureIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ejbApplication();
    }

    @Inject
    AsClerk clerk;

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
    Search search;

    @Inject
    Sql sql;

    @Inject
    AsCouncillor councillor;

    @Inject
    AsMayor mayor;

    private static <T> T in(Callable<T> work) {
        return Act.in(DemoSeeder.LAKEVIEW, work);
    }

    private <T> T asClerk(Callable<T> work) {
        return in(() -> clerk.call(work));
    }

    private HeldMeetings held() {
        return new HeldMeetings(clerk, console, agendas, calendar);
    }

    private Map<String, Long> members() {
        long body = in(() -> calendar.bodies()).stream().filter(b -> b.kind().equals("COUNCIL")).findFirst()
                .orElseThrow().id();
        return in(() -> calendar.body(body)).members().stream()
                .collect(Collectors.toMap(MeetingCalendar.MemberSummary::name, MeetingCalendar.MemberSummary::id));
    }

    /** The motion just moved: the newest in the clerk's state. */
    private static long newest(LiveView view) {
        return view.motions().get(view.motions().size() - 1).id();
    }

    /** Opens the vote, records every eligible member's hand ({@code yes} for, the rest against), closes it. */
    private LiveView vote(long meeting, long motion, boolean recorded, Set<Long> yes) {
        asClerk(() -> console.openVote(meeting, motion, recorded));
        LiveView state = asClerk(() -> console.state(meeting));
        for (LiveView.Attendee a : state.attendees()) {
            if (!a.presence().equals("ABSENT") && !a.declared()) {
                asClerk(() -> console.recordBallot(meeting, a.member(), yes.contains(a.member()) ? Choice.YES
                        : Choice.NO, "p-" + meeting + "-" + motion + "-" + System.nanoTime()));
            }
        }
        return asClerk(() -> console.closeVote(meeting));
    }

    private static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Thread.sleep(250);
        }
    }

    @Test
    void aWholeEveningOfProcedureShowsEachSurfaceExactlyWhatItMayAndHidesTheRest() throws Exception {
        long[] ids = held().meeting(210);
        long meeting = ids[0];
        long openItem = ids[1];
        long closedItem = ids[2];
        long consentSection = asClerk(() -> agendas.agenda(meeting)).sections().stream()
                .filter(s -> s.kind().equals("CONSENT")).findFirst().orElseThrow().id();
        asClerk(() -> agendas.addItem(meeting, consentSection, "Library board minutes", "", null, null, null));
        AgendaDraft agenda = asClerk(() -> agendas.addItem(meeting, consentSection, "Encroachment at 14 Shore Road",
                "", null, null, null));
        List<AgendaDraft.Item> consent = agenda.sections().stream().filter(s -> s.kind().equals("CONSENT"))
                .findFirst().orElseThrow().items();
        long library = consent.get(0).id();
        long encroachment = consent.get(1).id();

        Map<String, Long> m = members();
        List<Long> everyone = List.copyOf(m.values());
        long okafor = m.get("Councillor Amara Okafor");
        long lapointe = m.get("Councillor Benoît Lapointe");
        long chen = m.get("Councillor Grace Chen");
        long kowalski = m.get("Councillor Thomas Kowalski");
        long whitehorse = m.get("Councillor Sarah Whitehorse");
        String secret = "zqxsecret" + meeting;
        String reported = "zqxreported" + meeting;
        String closedNature = "zqxnature" + meeting;
        everyone.forEach(x -> asClerk(() -> console.recordAttendance(meeting, x, Presence.IN_PERSON)));
        asClerk(() -> console.callToOrder(meeting));
        assertTrue(assertThrows(RuleViolation.class, () -> asClerk(() -> agendas.addItem(meeting, consentSection,
                "A late item", "", null, null, null))).getMessage().contains("in progress"),
                "called to order: the agenda is frozen");

        // declarations: one on a consent item, one on the closed item (its nature must stay closed)
        asClerk(() -> console.declareInterest(meeting, kowalski, encroachment, "Owns 14 Shore Road"));
        asClerk(() -> console.declareInterest(meeting, whitehorse, closedItem, closedNature));

        // the consent agenda, with the declared item lifted by a member
        asClerk(() -> console.startItem(meeting, library));
        asClerk(() -> console.liftFromConsent(meeting, chen, encroachment));
        long consentMotion = newest(asClerk(() -> console.moveConsentAgenda(meeting, okafor)));
        asClerk(() -> console.second(meeting, consentMotion, lapointe));
        LiveView adopted = vote(meeting, consentMotion, false, Set.copyOf(everyone));
        assertTrue(adopted.lastResult().carried());
        assertEquals(9, adopted.lastResult().yes(), "Kowalski votes on the consent agenda once his item is lifted");
        String consentResolution = adopted.motions().stream().filter(x -> x.id() == consentMotion).findFirst()
                .orElseThrow().resolution();
        assertTrue(consentResolution != null && consentResolution.startsWith("C-"), consentResolution);

        // the open item: lost 4-5, reconsidered, carried 6-3
        asClerk(() -> console.startItem(meeting, openItem));
        long main = newest(asClerk(() -> console.move(meeting, okafor, "That Council award the road salt tender "
                + reported + ".", null, null)));
        asClerk(() -> console.second(meeting, main, lapointe));
        Set<Long> four = Set.copyOf(everyone.subList(0, 4));
        Set<Long> six = Set.copyOf(everyone.subList(0, 6));
        assertFalse(vote(meeting, main, true, four).lastResult().carried());
        long reconsider = newest(asClerk(() -> console.moveReconsideration(meeting, everyone.get(8), main)));
        asClerk(() -> console.second(meeting, reconsider, everyone.get(7)));
        assertTrue(vote(meeting, reconsider, false, six).lastResult().carried());
        assertTrue(vote(meeting, main, true, six).lastResult().carried());

        // a referral, decided by council
        long study = newest(asClerk(() -> console.move(meeting, chen, "That staff study brine for sidewalks.", null,
                null)));
        asClerk(() -> console.second(meeting, study, okafor));
        long referral = newest(asClerk(() -> console.moveReferral(meeting, lapointe, study, "the Finance and "
                + "Administration Committee", "report back with costs")));
        asClerk(() -> console.second(meeting, referral, okafor));
        vote(meeting, referral, false, Set.copyOf(everyone));

        // closed session under its resolution; the closed item, then a direction moved on the open item
        long resolution = held().closeSession(meeting);
        asClerk(() -> console.startItem(meeting, closedItem));
        LiveView inCamera = asClerk(() -> console.state(meeting));
        assertEquals("LEFT_FOR_INTEREST", inCamera.attendees().stream().filter(a -> a.member() == whitehorse)
                .findFirst().orElseThrow().presence(), "a member who declared an interest leaves (MCIA s.5(2))");
        asClerk(() -> console.startItem(meeting, openItem));
        long direction = newest(asClerk(() -> console.move(meeting, okafor, MotionKind.DIRECTION_TO_STAFF,
                "That staff negotiate " + secret + ".", null, null)));
        asClerk(() -> console.second(meeting, direction, lapointe));
        vote(meeting, direction, false, Set.copyOf(everyone));
        asClerk(() -> console.leaveClosedSession(meeting));

        // rise and report on the closed item, with a recorded vote
        asClerk(() -> console.startItem(meeting, closedItem));
        long decision = newest(asClerk(() -> console.move(meeting, chen, "That Council accept the offer "
                + reported + "B as reported.", null, null)));
        asClerk(() -> console.second(meeting, decision, okafor));
        LiveView decided = vote(meeting, decision, true, Set.copyOf(everyone));
        assertTrue(decided.lastResult().carried());
        assertEquals(8, decided.lastResult().yesNames().size(), "Whitehorse declared on this item and does not vote");
        asClerk(() -> console.adjourn(meeting));
        assertEquals("ADJOURNED", sql.text("select status from meeting where id = ?", meeting));

        // the public live state (what the WebSocket pushes)
        LiveView anyone = in(() -> console.state(meeting));
        String publicState = anyone.toString();
        assertFalse(publicState.contains(secret), "a motion moved in closed session never reaches the public state");
        assertFalse(asClerk(() -> console.publicState(meeting)).toString().contains(secret),
                "what sockets carry is public whoever opens them (a member's cookies from another site included)");
        assertTrue(asClerk(() -> console.state(meeting)).toString().contains(secret), "the clerk's console has it");
        assertTrue(anyone.motions().stream().noneMatch(x -> x.id() == direction));
        assertTrue(anyone.motions().stream().anyMatch(x -> x.id() == decision && x.resolution() != null),
                "the rise-and-report decision is public, with its resolution number");
        assertTrue(anyone.closedSessionResolutions().isEmpty());
        assertTrue(anyone.motions().stream().anyMatch(x -> x.id() == resolution && "CARRIED".equals(x.status())),
                "the resolution to go into closed session is public (s.239(4))");
        assertEquals("REFERRED", anyone.motions().stream().filter(x -> x.id() == study).findFirst().orElseThrow()
                .status());

        // the minutes
        List<MinutesView> drafted = asClerk(() -> minutes.generateMinutes(meeting));
        String open = drafted.stream().filter(x -> x.kind() == MinutesKind.OPEN).findFirst().orElseThrow().html();
        String closed = drafted.stream().filter(x -> x.kind() == MinutesKind.CLOSED).findFirst().orElseThrow()
                .html();
        assertFalse(open.contains(secret), open);
        assertFalse(open.contains(closedNature), "the nature of a declaration on a closed item");
        assertTrue(open.contains(reported + "B as reported."), "rise and report, in the open minutes");
        assertTrue(open.contains("Motion " + reconsider + ", to reconsider motion " + main), open);
        assertTrue(open.contains("Result: Lost (4 in favour, 5 opposed)."), open);
        assertTrue(open.contains("Motion " + main + " was put to the vote again:"), open);
        assertTrue(open.contains("Referred (motion " + referral + ")"), open);
        assertTrue(open.contains("asked that item") && open.contains("be lifted from the consent agenda"), open);
        assertTrue(open.contains("Resolution " + consentResolution + "."), open);
        assertTrue(open.contains("by resolution (motion " + resolution + ")"), open);
        assertTrue(closed.contains(secret), closed);
        assertTrue(closed.contains(closedNature), "the closed minutes keep the declaration's nature");
        assertFalse(closed.contains(reported + "B"), "open business stays out of the closed minutes");

        // search
        eventually("the motions are indexed", () -> foiSearch(secret).total() == 1
                && publicSearch(reported + "B").total() == 1);
        assertEquals(0, publicSearch(secret).total(), "a closed motion is never in a public answer");
        assertEquals(Access.CLOSED, foiSearch(secret).hits().get(0).access());
        SearchResults.Hit reportedHit = publicSearch(reported + "B").hits().get(0);
        assertEquals(Access.PUBLIC, reportedHit.access());
        assertTrue(reportedHit.title().startsWith("Resolution C-"), reportedHit.title());
        SearchResults.Hit reconsidered = publicSearch("\"road salt tender " + reported + "\"").hits().stream()
                .filter(h -> h.title().contains("carried")).findFirst().orElseThrow();
        assertTrue(reconsidered.snippets().toString().contains("lost 4-5") || reconsidered.title()
                .contains("lost 4-5"), "every vote of the motion is kept: " + reconsidered);

        // the registry of declarations (MCIA s.6.1)
        List<MeetingConsole.Declaration> registry = in(() -> console.declarations(50)).stream()
                .filter(d -> d.meetingId() == meeting).toList();
        assertEquals(2, registry.size());
        assertTrue(registry.stream().anyMatch(d -> d.nature().equals("Owns 14 Shore Road")));
        assertTrue(registry.stream().noneMatch(d -> d.nature().contains(closedNature)), registry.toString());
    }

    @Test
    void aCouncillorWhoDeclaredAnInterestInAClosedItemNoLongerReceivesTheMeetingsClosedMaterial() throws Exception {
        long[] ids = held().meeting(220);
        long meeting = ids[0];
        asClerk(() -> agendas.publish(meeting));
        String closedTitle = "9 Mill Lane";
        assertTrue(in(() -> councillor.call(() -> agendas.published(meeting, 0))).toString().contains(closedTitle),
                "before any declaration a councillor reads the complete agenda");
        Map<String, Long> m = members();
        long chen = m.get("Councillor Grace Chen"); // the demo's "councillor" account votes for this seat
        m.values().forEach(x -> asClerk(() -> console.recordAttendance(meeting, x, Presence.IN_PERSON)));
        asClerk(() -> console.callToOrder(meeting));
        asClerk(() -> console.declareInterest(meeting, chen, ids[2], "Her brother is the purchaser"));

        assertFalse(in(() -> councillor.call(() -> agendas.published(meeting, 0))).toString().contains(closedTitle),
                "the declared councillor reads the public agenda (MCIA s.5)");
        assertEquals(ca.quorum.meeting.domain.Audience.PUBLIC, in(() -> councillor.call(() ->
                agendas.audience(meeting))));
        assertTrue(in(() -> mayor.call(() -> agendas.published(meeting, 0))).toString().contains(closedTitle),
                "the mayor, who declared nothing, still reads the complete agenda");
        assertTrue(asClerk(() -> agendas.published(meeting, 0)).toString().contains(closedTitle));

        asClerk(() -> console.startItem(meeting, ids[1]));
        held().closeSession(meeting);
        asClerk(() -> console.startItem(meeting, ids[2]));
        long direction = newest(asClerk(() -> console.move(meeting, m.get("Councillor Amara Okafor"),
                MotionKind.DIRECTION_TO_STAFF, "That staff counter-offer.", null, null)));
        assertFalse(in(() -> councillor.call(() -> console.state(meeting))).toString().contains("counter-offer"),
                "nor the closed motions on the live state");
        assertTrue(in(() -> mayor.call(() -> console.state(meeting))).toString().contains("counter-offer"));
        assertThrows(jakarta.ejb.EJBException.class, () -> in(() -> councillor.call(() -> console.exportLog(meeting))),
                "nor the log, which holds the closed session's business");
        assertTrue(in(() -> mayor.call(() -> console.exportLog(meeting))).contains("counter-offer"));
        asClerk(() -> console.dispose(meeting, direction, ca.quorum.meeting.domain.live.LiveEvent.Disposition
                .WITHDRAWN));
        asClerk(() -> console.leaveClosedSession(meeting));
        asClerk(() -> console.adjourn(meeting));
        asClerk(() -> minutes.generateMinutes(meeting));
        assertTrue(in(() -> councillor.call(() -> minutes.minutesOf(meeting))).stream()
                .noneMatch(x -> x.kind() == MinutesKind.CLOSED), "nor the closed-session minutes");
        assertTrue(in(() -> mayor.call(() -> minutes.minutesOf(meeting))).stream()
                .anyMatch(x -> x.kind() == MinutesKind.CLOSED));
    }

    @Test
    void proceduralMotionsThroughTheConsoleAWalkOnItemIsAddedAndTakenUp() throws Exception {
        long[] ids = held().meeting(230);
        long meeting = ids[0];
        Map<String, Long> m = members();
        List<Long> everyone = List.copyOf(m.values());
        long okafor = m.get("Councillor Amara Okafor");
        long chen = m.get("Councillor Grace Chen");
        everyone.forEach(x -> asClerk(() -> console.recordAttendance(meeting, x, Presence.IN_PERSON)));
        asClerk(() -> console.callToOrder(meeting));
        long agendaMotion = newest(asClerk(() -> console.moveAgendaAdoption(meeting, okafor)));
        asClerk(() -> console.second(meeting, agendaMotion, chen));
        assertTrue(vote(meeting, agendaMotion, false, Set.copyOf(everyone)).lastResult().carried());

        long walkOn = newest(asClerk(() -> console.moveWalkOn(meeting, okafor, "Harbour dredging")));
        asClerk(() -> console.second(meeting, walkOn, chen));
        assertFalse(vote(meeting, walkOn, false, Set.copyOf(everyone.subList(0, 5))).lastResult().carried(),
                "5 of 9 is not two-thirds");
        assertTrue(asClerk(() -> console.agendaItems(meeting)).stream().noneMatch(i -> i.title()
                .equals("Harbour dredging")));
        long again = newest(asClerk(() -> console.moveWalkOn(meeting, okafor, "Harbour dredging")));
        asClerk(() -> console.second(meeting, again, chen));
        assertTrue(vote(meeting, again, false, Set.copyOf(everyone.subList(0, 6))).lastResult().carried());
        MeetingConsole.ItemRef added = asClerk(() -> console.agendaItems(meeting)).stream()
                .filter(i -> i.title().equals("Harbour dredging")).findFirst().orElseThrow();
        LiveView taken = asClerk(() -> console.startItem(meeting, added.id()));
        assertTrue(taken.currentItem().endsWith("Harbour dredging"), taken.currentItem());

        asClerk(() -> console.raisePointOfOrder(meeting, chen, "The mover is speaking a second time."));
        assertTrue(in(() -> console.state(meeting)).pointOfOrder().contains("second time"));
        asClerk(() -> console.ruleOnPointOfOrder(meeting, true, "A member speaks once to a motion."));
        long appeal = newest(asClerk(() -> console.appealRuling(meeting, okafor)));
        asClerk(() -> console.second(meeting, appeal, m.get("Councillor Daniel Moreau")));
        assertTrue(vote(meeting, appeal, false, Set.copyOf(everyone)).lastResult().carried(), "the ruling stands");
        asClerk(() -> console.giveNoticeOfMotion(meeting, chen, "That Council study a harbour authority.",
                "April 14"));
        asClerk(() -> console.adjourn(meeting));
        String open = asClerk(() -> minutes.generateMinutes(meeting)).get(0).html();
        assertTrue(open.contains("to add an item to the agenda"), open);
        assertTrue(open.contains("The chair ruled the point of order well taken: A member speaks once to a motion."),
                open);
        assertTrue(open.contains("to sustain the chair's ruling"), open);
        assertTrue(open.contains("gave notice of a motion for the meeting of April 14"), open);
        assertEquals("Harbour dredging", sql.text("select title from agenda_item where id = ?", added.id()));
    }

    private SearchResults publicSearch(String text) {
        return in(() -> search.publicSearch(SearchQuery.of("ignored", Set.of(Access.CLOSED), text)));
    }

    private SearchResults foiSearch(String text) {
        return in(() -> foi.call(() -> search.foiSearch(SearchQuery.of("ignored", Set.of(), text))));
    }
}
