package ca.quorum.meeting.domain.minutes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.meeting.domain.live.Choice;
import ca.quorum.meeting.domain.live.LiveEvent.Disposition;
import ca.quorum.meeting.domain.live.LiveEvent;
import ca.quorum.meeting.domain.live.MotionKind;
import ca.quorum.meeting.domain.live.Presence;
import ca.quorum.meeting.domain.live.Tally;
import ca.quorum.meeting.domain.live.VoteRule;

class MinutesGeneratorTest {

    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
    /** 7:00 p.m. in Toronto on 16 March 2027 (EDT). */
    private static final Instant SEVEN_PM = Instant.parse("2027-03-16T23:00:00Z");
    private static final long SALT = 61;
    private static final long LAND = 111;
    private static final long DISCLOSURE = 21;

    private static Map<Long, String> members() {
        Map<Long, String> members = new LinkedHashMap<>();
        String[] names = {"Mayor Eleanor Whitfield", "Councillor Grace Chen", "Councillor Omar Haddad",
            "Councillor Lucie Tremblay", "Councillor Daniel Okafor", "Councillor Priya Nair", "Councillor Tom Berg",
            "Councillor Ana Souza", "Councillor Ben Walker"};
        for (int i = 0; i < names.length; i++) {
            members.put(i + 1L, names[i]);
        }
        return members;
    }

    private static MinutesSubject subject(Locale language) {
        return new MinutesSubject("Town of Lakeview Harbour", "Council", "Regular Council Meeting", SEVEN_PM,
                "Council Chamber", TORONTO, language, members(),
                Map.of(DISCLOSURE, new MinutesSubject.Item("2", "Disclosure of pecuniary interest",
                        "Disclosure of pecuniary interest", false),
                        SALT, new MinutesSubject.Item("6.1", "2027 Road Salt Supply Tender",
                                "2027 Road Salt Supply Tender", false),
                        LAND, new MinutesSubject.Item("11.1", "Proposed disposition of land (s.239(2)(c))",
                                "Offer to purchase 22 Lakeshore Road", true)));
    }

    private static Instant at(int minutes) {
        return SEVEN_PM.plusSeconds(60L * minutes);
    }

    /** A whole evening: attendance, declarations, amendment, recorded votes, a tie, recess, closed session. */
    private static List<LiveEvent> fixture() {
        List<LiveEvent> log = new ArrayList<>();
        for (long m = 1; m <= 7; m++) {
            log.add(new LiveEvent.AttendanceChanged(at(0), m, Presence.IN_PERSON));
        }
        log.add(new LiveEvent.AttendanceChanged(at(0), 8, Presence.ELECTRONIC));
        log.add(new LiveEvent.CalledToOrder(at(1)));
        log.add(new LiveEvent.ItemStarted(at(2), DISCLOSURE, "2", "Disclosure of pecuniary interest"));
        log.add(new LiveEvent.InterestDeclared(at(3), 3, LAND, "My brother owns the neighbouring lot"));
        log.add(new LiveEvent.ItemStarted(at(10), SALT, "6.1", "2027 Road Salt Supply Tender"));
        log.add(new LiveEvent.MotionMoved(at(11), 1, SALT, "That Council award the 2027 road salt tender to Northern "
                + "Salt Ltd. for $412,500.", 2, null, VoteRule.MAJORITY_OF_VOTES_CAST, false));
        log.add(new LiveEvent.MotionSeconded(at(11), 1, 4));
        log.add(new LiveEvent.MotionMoved(at(12), 2, SALT, "That the amount be reduced to $400,000.", 5, 1L,
                VoteRule.MAJORITY_OF_VOTES_CAST, false));
        log.add(new LiveEvent.MotionSeconded(at(12), 2, 6));
        log.add(new LiveEvent.VoteOpened(at(13), 1, 2, true));
        for (long m = 1; m <= 8; m++) {
            log.add(new LiveEvent.BallotCast(at(13), 1, m, m <= 5 ? Choice.YES : Choice.NO, "b1-" + m));
        }
        log.add(new LiveEvent.VoteClosed(at(14), 1, new Tally(5, 3, 0, 8, true)));
        log.add(new LiveEvent.AttendanceChanged(at(15), 7, Presence.ABSENT));
        log.add(new LiveEvent.VoteOpened(at(16), 2, 1, true));
        for (long m = 1; m <= 6; m++) {
            log.add(new LiveEvent.BallotCast(at(16), 2, m, m <= 3 ? Choice.YES : Choice.NO, "b2-" + m));
        }
        log.add(new LiveEvent.VoteClosed(at(17), 2, new Tally(3, 3, 1, 7, false)));
        log.add(new LiveEvent.MotionMoved(at(18), 3, SALT, "That staff report back on salt storage.", 8, null,
                VoteRule.MAJORITY_OF_VOTES_CAST, false));
        log.add(new LiveEvent.MotionDisposed(at(19), 3, Disposition.WITHDRAWN));
        log.add(new LiveEvent.Recessed(at(30)));
        log.add(new LiveEvent.Resumed(at(45)));
        log.add(new LiveEvent.ClosedSessionEntered(at(50), ClosedReason.LAND));
        log.add(new LiveEvent.ItemStarted(at(51), LAND, "11.1", "Proposed disposition of land (s.239(2)(c))"));
        log.add(new LiveEvent.MotionMoved(at(52), 4, LAND, "That staff counter-offer at $610,000.", 2, null,
                VoteRule.TWO_THIRDS_OF_PRESENT, false));
        log.add(new LiveEvent.MotionSeconded(at(52), 4, 5));
        log.add(new LiveEvent.VoteOpened(at(53), 3, 4, true));
        for (long m : new long[] {1, 2, 4, 5, 6}) {
            log.add(new LiveEvent.BallotCast(at(53), 3, m, Choice.YES, "b3-" + m));
        }
        log.add(new LiveEvent.BallotCast(at(53), 3, 8, Choice.NO, "b3-8"));
        log.add(new LiveEvent.VoteClosed(at(54), 3, new Tally(5, 1, 0, 6, true)));
        log.add(new LiveEvent.ClosedSessionLeft(at(70)));
        log.add(new LiveEvent.Adjourned(at(72)));
        return log;
    }

    private static GeneratedMinutes english() {
        return MinutesGenerator.generate(subject(Locale.CANADA), fixture());
    }

    @Test
    void attendanceNamesEveryMemberWithModeAndTimes() {
        String open = english().open();
        assertTrue(open.contains("Mayor Eleanor Whitfield \u2014 in person from 7:00 p.m."), open);
        assertTrue(open.contains("Councillor Ana Souza \u2014 electronically from 7:00 p.m."), open);
        assertTrue(open.contains("Councillor Tom Berg \u2014 in person from 7:00 p.m.; left at 7:15 p.m."), open);
        int absent = open.indexOf("<h3>Absent</h3>");
        assertTrue(absent > 0 && open.indexOf("Councillor Ben Walker", absent) > absent, open);
        assertFalse(open.substring(0, absent).contains("Ben Walker"), "an absent member is not listed as present");
    }

    @Test
    void callToOrderRecessAndAdjournmentWithTimes() {
        String open = english().open();
        assertTrue(open.contains("<p>The meeting was called to order at 7:01 p.m.</p>"), open);
        assertTrue(open.contains("The meeting recessed at 7:30 p.m."), open);
        assertTrue(open.contains("The meeting resumed at 7:45 p.m."), open);
        assertTrue(open.contains("<p>The meeting adjourned at 8:12 p.m.</p>"), open);
    }

    @Test
    void declarationsAreRecordedWithTheirGeneralNature() {
        GeneratedMinutes minutes = english();
        String expectedPublic = "Councillor Omar Haddad declared a pecuniary interest in item 11.1, Proposed "
                + "disposition of land (s.239(2)(c)) (a closed session matter).";
        assertTrue(minutes.open().contains(expectedPublic), minutes.open());
        assertFalse(minutes.open().contains("neighbouring lot"), "the nature of a closed matter stays closed");
        assertTrue(minutes.closed().orElseThrow().contains("My brother owns the neighbouring lot"));
        assertTrue(minutes.closed().orElseThrow().contains("in item 11.1, Offer to purchase 22 Lakeshore Road"));
    }

    @Test
    void motionsWithMoverSeconderAmendmentsResultsAndRecordedVotes() {
        String open = english().open();
        assertTrue(open.contains("Motion 1. Moved by Councillor Grace Chen, seconded by Councillor Lucie Tremblay:"),
                open);
        assertTrue(open.contains("<blockquote><p>That Council award the 2027 road salt tender to Northern Salt Ltd. "
                + "for $412,500.</p></blockquote>"), open);
        int main = open.indexOf("Motion 1.");
        int amendment = open.indexOf("Amendment to motion 1. Moved by Councillor Daniel Okafor, seconded by "
                + "Councillor Priya Nair:");
        int amendmentResult = open.indexOf("Result: Carried (5 in favour, 3 opposed).");
        int mainResult = open.indexOf("Result: Lost (3 in favour, 4 opposed, including 1 deemed opposed for not "
                + "voting, s.246(2)).");
        assertTrue(main < amendment && amendment < amendmentResult && amendmentResult < mainResult, open);
        assertTrue(open.contains("<li>For: Mayor Eleanor Whitfield, Councillor Grace Chen, Councillor Omar "
                + "Haddad, Councillor Lucie Tremblay, Councillor Daniel Okafor</li>"), open);
        assertTrue(open.contains("<li>Against: Councillor Priya Nair, Councillor Tom Berg, Councillor Ana Souza</li>"),
                open);
        assertTrue(open.contains("<li>Deemed against (s.246(2)): 1</li>"), "the tie with a silent member (an older "
                + "log entry without names)");
        assertTrue(open.contains("The main motion, as amended, was put to the vote."), open);
        assertTrue(open.contains("Motion 3. Moved by Councillor Ana Souza:"), "no seconder yet");
        assertTrue(open.contains("Result: Withdrawn."), open);
    }

    @Test
    void closedSessionTimesAndReasonAreInTheOpenMinutesButNotItsBusiness() {
        GeneratedMinutes minutes = english();
        String open = minutes.open();
        assertTrue(open.contains("At 7:50 p.m. the meeting moved into closed session under s.239(2)(c) of the "
                + "Municipal Act, 2001 (a proposed or pending acquisition or disposition of land)."), open);
        assertTrue(open.contains("At 8:10 p.m. the meeting rose from closed session."), open);
        assertTrue(open.contains("<h3>11.1 Proposed disposition of land (s.239(2)(c))</h3>"), open);
        assertTrue(open.contains("Considered in closed session."), open);
        assertFalse(open.contains("610,000"), "a closed motion stays out of the open minutes");
        assertFalse(open.contains("22 Lakeshore"), "the closed item's real title stays out of the open minutes");
    }

    @Test
    void closedSessionMinutesAreASeparateDocumentWithTheClosedBusiness() {
        String closed = english().closed().orElseThrow();
        assertTrue(closed.startsWith("<h1>Closed session minutes: Regular Council Meeting</h1>"), closed);
        assertTrue(closed.contains("Confidential."), closed);
        assertTrue(closed.contains("<h3>11.1 Offer to purchase 22 Lakeshore Road</h3>"), closed);
        assertTrue(closed.contains("Motion 4. Moved by Councillor Grace Chen, seconded by Councillor Daniel Okafor:"),
                closed);
        assertTrue(closed.contains("Result: Carried (5 in favour, 1 opposed); two-thirds of members present "
                + "required."), closed);
        assertTrue(closed.contains("<li>Against: Councillor Ana Souza</li>"), closed);
        assertTrue(closed.contains("At 7:50 p.m. the meeting moved into closed session"), closed);
        assertFalse(closed.contains("road salt tender"), "open business is not repeated in the closed minutes");
    }

    @Test
    void aMeetingWithoutClosedBusinessHasNoClosedMinutes() {
        List<LiveEvent> log = fixture().stream().filter(e -> !(e instanceof LiveEvent.InterestDeclared))
                .takeWhile(e -> !(e instanceof LiveEvent.ClosedSessionEntered)).toList();
        GeneratedMinutes minutes = MinutesGenerator.generate(subject(Locale.CANADA), log);
        assertTrue(minutes.closed().isEmpty());
        assertTrue(minutes.open().contains("The meeting was not adjourned."), minutes.open());
        assertTrue(minutes.open().contains("<h2>Disclosures of pecuniary interest</h2>\n<ul>\n<li>None</li>"),
                minutes.open());
    }

    @Test
    void anItemNotOnTheAgendaIsNamedAsTheLogTookItUp() {
        List<LiveEvent> log = List.of(new LiveEvent.CalledToOrder(at(0)),
                new LiveEvent.ItemStarted(at(1), 999, "7.4", "Added item: harbour dredging"),
                new LiveEvent.InterestDeclared(at(2), 5, 999, "Owns a marina"));
        String open = MinutesGenerator.generate(subject(Locale.CANADA), log).open();
        assertTrue(open.contains("Councillor Daniel Okafor declared a pecuniary interest in item 7.4, Added item: "
                + "harbour dredging: Owns a marina."), open);
    }

    @Test
    void textFromTheLogIsEscaped() {
        List<LiveEvent> log = List.of(new LiveEvent.CalledToOrder(at(0)),
                new LiveEvent.ItemStarted(at(1), SALT, "6.1", "Salt & <b>sand</b>"),
                new LiveEvent.MotionMoved(at(2), 1, SALT, "That <script>alert(1)</script> \"be\" adopted.", 1, null,
                        VoteRule.MAJORITY_OF_VOTES_CAST, false));
        String open = MinutesGenerator.generate(subject(Locale.CANADA), log).open();
        assertFalse(open.contains("<script>"), open);
        assertTrue(open.contains("That &lt;script&gt;alert(1)&lt;/script&gt; &quot;be&quot; adopted."), open);
        assertTrue(open.contains("<h3>6.1 Salt &amp; &lt;b&gt;sand&lt;/b&gt;</h3>"), open);
    }

    private static List<LiveEvent> opening() {
        List<LiveEvent> log = new ArrayList<>();
        for (long m = 1; m <= 9; m++) {
            log.add(new LiveEvent.AttendanceChanged(at(0), m, Presence.IN_PERSON));
        }
        log.add(new LiveEvent.CalledToOrder(at(1)));
        log.add(new LiveEvent.ItemStarted(at(2), SALT, "6.1", "2027 Road Salt Supply Tender"));
        return log;
    }

    private static void vote(List<LiveEvent> log, long vote, long motion, boolean recorded, int yes, int no,
            List<Long> deemed, boolean carried) {
        log.add(new LiveEvent.VoteOpened(at(3), vote, motion, recorded));
        for (long m = 1; m <= yes + no; m++) {
            log.add(new LiveEvent.BallotCast(at(3), vote, m, m <= yes ? Choice.YES : Choice.NO, "v" + vote + m));
        }
        log.add(new LiveEvent.VoteClosed(at(4), vote, new Tally(yes, no, deemed.size(), 9, carried), deemed));
    }

    @Test
    void aReconsiderationIsItsOwnMotionAndEveryOutcomeStaysLost4to5ThenCarried6to3() {
        List<LiveEvent> log = opening();
        log.add(new LiveEvent.MotionMoved(at(3), 1, SALT, "That the tender be awarded.", 1, null,
                VoteRule.MAJORITY_OF_VOTES_CAST, false));
        vote(log, 1, 1, false, 4, 5, List.of(), false);
        log.add(new LiveEvent.MotionMoved(at(5), 2, SALT, "That motion 1 be reconsidered.", 9, 1L,
                VoteRule.TWO_THIRDS_OF_PRESENT, true, MotionKind.RECONSIDERATION, null));
        vote(log, 2, 2, false, 6, 3, List.of(), true);
        vote(log, 3, 1, false, 6, 3, List.of(), true);
        String open = MinutesGenerator.generate(subject(Locale.CANADA), log).open();
        int lost = open.indexOf("Result: Lost (4 in favour, 5 opposed).");
        int reconsider = open.indexOf("Motion 2, to reconsider motion 1. Moved by Councillor Ben Walker:");
        int reconsidered = open.indexOf("Result: Carried (6 in favour, 3 opposed); two-thirds of members present "
                + "required.");
        int again = open.indexOf("Motion 1 was put to the vote again:");
        int carried = open.indexOf("Result: Carried (6 in favour, 3 opposed).", again);
        assertTrue(lost > 0 && lost < reconsider && reconsider < reconsidered && reconsidered < again
                && again < carried, open);
        assertFalse(open.contains("Amendment to motion 1"), "a reconsideration is not an amendment");
    }

    @Test
    void aRecordedVoteNamesEveryMemberForAgainstAndDeemedAgainst() {
        List<LiveEvent> log = opening();
        log.add(new LiveEvent.MotionMoved(at(3), 1, SALT, "That the tender be awarded.", 1, null,
                VoteRule.MAJORITY_OF_VOTES_CAST, false));
        log.add(new LiveEvent.RecordedVoteRequested(at(3), 4, 1));
        vote(log, 1, 1, true, 5, 2, List.of(8L, 9L), true);
        String open = MinutesGenerator.generate(subject(Locale.CANADA), log).open();
        assertTrue(open.contains("Councillor Lucie Tremblay asked for a recorded vote (s.246(1))."), open);
        assertTrue(open.contains("<li>Against: Councillor Priya Nair, Councillor Tom Berg</li>"), open);
        assertTrue(open.contains("<li>Deemed against (s.246(2)): Councillor Ana Souza, Councillor Ben Walker</li>"),
                open);
    }

    @Test
    void aCarriedMotionShowsItsResolutionNumberAndALiftedConsentItemIsRecorded() {
        List<LiveEvent> log = opening();
        log.add(new LiveEvent.ConsentItemLifted(at(3), 4, SALT));
        log.add(new LiveEvent.MotionMoved(at(3), 1, SALT, "That the tender be awarded.", 1, null,
                VoteRule.MAJORITY_OF_VOTES_CAST, false));
        vote(log, 1, 1, false, 9, 0, List.of(), true);
        log.add(new LiveEvent.ResolutionNumbered(at(4), 1, "C-2027-045"));
        String open = MinutesGenerator.generate(subject(Locale.CANADA), log).open();
        assertTrue(open.contains("Result: Carried (9 in favour, 0 opposed). Resolution C-2027-045."), open);
        assertTrue(open.contains("Councillor Lucie Tremblay asked that item 6.1 be lifted from the consent agenda."),
                open);
    }

    @Test
    void aWeightedMembersVotesAreShownInTheRecordedVote() {
        List<LiveEvent> log = opening();
        log.add(new LiveEvent.MotionMoved(at(3), 1, SALT, "That the county road be resurfaced.", 1, null,
                VoteRule.MAJORITY_OF_WHOLE_COUNCIL, false));
        vote(log, 1, 1, true, 2, 1, List.of(), true);
        MinutesSubject county = new MinutesSubject("County of Lakeview", "County Council", "Regular Meeting",
                SEVEN_PM, "Chamber", TORONTO, Locale.CANADA, members(), subject(Locale.CANADA).items(),
                Map.of(1L, 3));
        String open = MinutesGenerator.generate(county, log).open();
        assertTrue(open.contains("<li>For: Mayor Eleanor Whitfield (3 votes), Councillor Grace Chen</li>"), open);
    }

    @Test
    void theMinutesStateTheMainMotionAsAmended() {
        List<LiveEvent> log = opening();
        log.add(new LiveEvent.MotionMoved(at(3), 1, SALT, "That the tender be awarded.", 1, null,
                VoteRule.MAJORITY_OF_VOTES_CAST, false));
        log.add(new LiveEvent.MotionMoved(at(3), 2, SALT, "Add: for one year", 2, 1L,
                VoteRule.MAJORITY_OF_VOTES_CAST, false));
        vote(log, 1, 2, false, 6, 3, List.of(), true);
        log.add(new LiveEvent.MotionRestated(at(4), 1, "That the tender be awarded for one year."));
        vote(log, 2, 1, false, 6, 3, List.of(), true);
        String open = MinutesGenerator.generate(subject(Locale.CANADA), log).open();
        assertTrue(open.contains("<p>The main motion, as amended, was put to the vote:</p>\n<blockquote><p>That the "
                + "tender be awarded for one year.</p></blockquote>"), open);
    }

    @Test
    void aVoteClosedWithoutQuorumIsRecordedAsNotDecided() {
        List<LiveEvent> log = opening();
        log.add(new LiveEvent.MotionMoved(at(3), 1, SALT, "That the tender be awarded.", 1, null,
                VoteRule.MAJORITY_OF_VOTES_CAST, false));
        log.add(new LiveEvent.VoteOpened(at(3), 1, 1, false));
        log.add(new LiveEvent.VoteLapsed(at(4), 1, 4, 5));
        String open = MinutesGenerator.generate(subject(Locale.CANADA), log).open();
        assertTrue(open.contains("Result: Not decided: quorum was lost before the vote closed (4 counted, 5 needed)."),
                open);
    }

    @Test
    void aMeetingClosedWithoutQuorumSaysSoWithThoseWhoWerePresent() {
        List<LiveEvent> log = List.of(new LiveEvent.AttendanceChanged(at(0), 1, Presence.IN_PERSON),
                new LiveEvent.AttendanceChanged(at(0), 2, Presence.IN_PERSON),
                new LiveEvent.ClosedWithoutQuorum(at(15), List.of(1L, 2L), 5));
        String open = MinutesGenerator.generate(subject(Locale.CANADA), log).open();
        assertTrue(open.contains("No quorum was present: at 7:15 p.m. the meeting was closed without being held (2 "
                + "member(s) present, 5 needed)."), open);
        assertTrue(open.contains("Councillor Grace Chen \u2014 in person from 7:00 p.m."), open);
    }

    @Test
    void theRiseAndReportDecisionOnAClosedItemIsInTheOpenMinutesAndTheClosedSessionResolutionIsNamed() {
        List<LiveEvent> log = opening();
        log.add(new LiveEvent.ItemStarted(at(5), LAND, "11.1", "Proposed disposition of land (s.239(2)(c))"));
        log.add(new LiveEvent.MotionMoved(at(5), 1, LAND, "That Council proceed into closed session under "
                + "s.239(2)(c) of the Municipal Act, 2001, to consider: an offer for land.", 1, null,
                VoteRule.MAJORITY_OF_VOTES_CAST, false, MotionKind.CLOSED_SESSION, List.of(ClosedReason.LAND)));
        vote(log, 1, 1, false, 9, 0, List.of(), true);
        log.add(new LiveEvent.ClosedSessionEntered(at(6), ClosedReason.LAND, 1L, List.of(ClosedReason.LAND)));
        log.add(new LiveEvent.MotionMoved(at(7), 2, LAND, "That staff counter-offer at $610,000.", 2, null,
                VoteRule.MAJORITY_OF_VOTES_CAST, false, MotionKind.DIRECTION_TO_STAFF, null));
        vote(log, 2, 2, false, 9, 0, List.of(), true);
        log.add(new LiveEvent.ClosedSessionLeft(at(8)));
        log.add(new LiveEvent.MotionMoved(at(9), 3, LAND, "That Council accept the offer of $615,000 as reported.",
                3, null, VoteRule.MAJORITY_OF_VOTES_CAST, false));
        vote(log, 3, 3, true, 9, 0, List.of(), true);
        GeneratedMinutes minutes = MinutesGenerator.generate(subject(Locale.CANADA), log);
        String open = minutes.open();
        assertTrue(open.contains("Motion 1, to proceed into closed session."), open);
        assertTrue(open.contains("the meeting moved into closed session under s.239(2)(c) of the Municipal Act, 2001 "
                + "(a proposed or pending acquisition or disposition of land), by resolution (motion 1)."), open);
        assertTrue(open.contains("That Council accept the offer of $615,000 as reported."), "rise and report: public");
        assertFalse(open.contains("610,000"), "the direction given in camera is not");
        String closed = minutes.closed().orElseThrow();
        assertTrue(closed.contains("Motion 2 (direction to staff)."), closed);
        assertFalse(closed.contains("615,000"), "open business is not repeated in the closed minutes");
    }

    @Test
    void frenchMinutesForAFrenchFirstMunicipality() {
        GeneratedMinutes minutes = MinutesGenerator.generate(subject(Locale.CANADA_FRENCH), fixture());
        String open = minutes.open();
        assertTrue(open.contains("La séance est ouverte à 19 h 01."), open);
        assertTrue(open.contains("Proposée par Councillor Grace Chen, appuyée par Councillor Lucie Tremblay"), open);
        assertTrue(open.contains("Résultat : Adoptée (5 pour, 3 contre)."), open);
        assertTrue(open.contains("La séance est levée à 20 h 12."), open);
        assertTrue(open.contains("mardi 16 mars 2027"), open);
        assertTrue(minutes.closed().orElseThrow().contains("Procès-verbal de la séance à huis clos"));
    }
}
