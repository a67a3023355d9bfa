package ca.quorum.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ca.quorum.shared.domain.RuleViolation;

class BodyTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 15);
    private static final LocalDate END = LocalDate.of(2030, 11, 14);

    @Test
    void aTermIncludesItsFirstAndLastDay() {
        Member member = new Body("Council", "Conseil", BodyKind.COUNCIL).seat("A. Okafor", MemberRole.MEMBER, START,
                END);
        assertTrue(member.sitsOn(START));
        assertTrue(member.sitsOn(END));
        assertFalse(member.sitsOn(START.minusDays(1)));
        assertFalse(member.sitsOn(END.plusDays(1)));
    }

    @Test
    void aTermEndsEarlyButNotBeforeItStartsNorAfterItEnded() {
        Member member = new Body("Council", "Conseil", BodyKind.COUNCIL).seat("B. Lapointe", MemberRole.MEMBER, START,
                null);
        assertThrows(RuleViolation.class, () -> member.endTerm(START.minusDays(1)));
        member.endTerm(LocalDate.of(2028, 2, 29));
        assertTrue(member.sitsOn(LocalDate.of(2028, 2, 29)), "a leap day is a day of the term");
        assertFalse(member.sitsOn(LocalDate.of(2028, 3, 1)));
        assertThrows(RuleViolation.class, () -> member.endTerm(LocalDate.of(2029, 1, 1)));
        member.endTerm(START);
        assertEquals(START, member.termEnd());
    }

    @Test
    void oneHeadOfCouncilAtATime() {
        Body council = new Body("Council", "Conseil", BodyKind.COUNCIL);
        council.seat("Mayor E. Whitfield", MemberRole.HEAD_OF_COUNCIL, START, END);
        assertThrows(RuleViolation.class,
                () -> council.seat("Mayor J. Doe", MemberRole.HEAD_OF_COUNCIL, END, END.plusYears(4)));
        council.seat("Mayor J. Doe", MemberRole.HEAD_OF_COUNCIL, END.plusDays(1), END.plusYears(4));
        council.seat("Councillor C", MemberRole.MEMBER, START, END);
        council.seat("Councillor D", MemberRole.MEMBER, START, END);
        assertEquals(4, council.members().size());
    }

    @Test
    void badSeatsAreRefusedWithAReason() {
        Body council = new Body("Council", "Conseil", BodyKind.COUNCIL);
        assertThrows(RuleViolation.class, () -> council.seat(" ", MemberRole.MEMBER, START, END));
        assertThrows(RuleViolation.class, () -> council.seat("X", MemberRole.MEMBER, END, START));
        assertThrows(RuleViolation.class, () -> council.seat("X", null, START, END));
        assertThrows(RuleViolation.class, () -> new Body(" ", "", BodyKind.BOARD));
        assertTrue(council.members().isEmpty());
    }

    /** A council of nine seats (composition by-law) with seven members seated today: two vacancies. */
    private static Body councilWithTwoVacancies(boolean vacanciesReduceQuorum) {
        Body council = new Body("Council", "Conseil", BodyKind.COUNCIL);
        for (int i = 0; i < 7; i++) {
            council.seat("Member " + i, i == 0 ? MemberRole.HEAD_OF_COUNCIL : MemberRole.MEMBER, START, END);
        }
        ProcedureSettings usual = council.procedure();
        council.setProcedure(new ProcedureSettings(usual.electronicCountsForQuorum(), usual.secondRequired(),
                usual.silentCountsAsNo(), usual.ballotChangeAllowed(), usual.reconsiderationRule(),
                usual.reconsiderationsPerMotion(), 9, vacanciesReduceQuorum, usual.deemedQuorum()));
        return council;
    }

    @Test
    void quorumCountsVacanciesByDefaultAsTheWholeNumberOfMembersS237() {
        assertEquals(9, councilWithTwoVacancies(false).meetingRules(START).seats());
        assertEquals(5, councilWithTwoVacancies(false).meetingRules(START).quorum(), "a majority of 9");
    }

    @Test
    void whereTheByLawSaysSoVacanciesReduceTheNumberQuorumIsComputedFrom() {
        assertEquals(7, councilWithTwoVacancies(true).meetingRules(START).seats());
        assertEquals(4, councilWithTwoVacancies(true).meetingRules(START).quorum(), "a majority of the 7 seated");
    }

    @Test
    void procedureSettingsRefuseWhatNoByLawSays() {
        assertThrows(RuleViolation.class, () -> new ProcedureSettings(true, true, true, true,
                ca.quorum.meeting.domain.live.VoteRule.TWO_THIRDS_OF_PRESENT, 0, null, false,
                ca.quorum.meeting.domain.live.DeemedQuorum.WHOLE_COUNCIL));
        assertThrows(RuleViolation.class, () -> new ProcedureSettings(true, true, true, true,
                ca.quorum.meeting.domain.live.VoteRule.TWO_THIRDS_OF_PRESENT, 1, 0, false,
                ca.quorum.meeting.domain.live.DeemedQuorum.WHOLE_COUNCIL));
    }
}
