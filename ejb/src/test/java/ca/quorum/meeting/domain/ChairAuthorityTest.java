package ca.quorum.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChairAuthorityTest {

    private static final LocalDate TERM_START = LocalDate.of(2026, 11, 15);
    private static final LocalDate TERM_END = LocalDate.of(2030, 11, 14);

    private static Body committee() {
        Body planning = new Body("Planning Committee", "Comité de planification", BodyKind.STANDING_COMMITTEE);
        planning.seat("Councillor Grace Chen", MemberRole.CHAIR, TERM_START, TERM_END).votesAs("gchen");
        planning.seat("Councillor Daniel Moreau", MemberRole.VICE_CHAIR, TERM_START, TERM_END).votesAs("dmoreau");
        planning.seat("Councillor Priya Raman", MemberRole.MEMBER, TERM_START, TERM_END).votesAs("praman");
        return planning;
    }

    @Test
    void theCommitteesChairAndViceChairPresideOverIt() {
        List<Member> seated = committee().seatedOn(LocalDate.of(2027, 3, 1));
        assertTrue(ChairAuthority.presides(seated, "gchen"));
        assertTrue(ChairAuthority.presides(seated, "dmoreau"), "the vice-chair presides in the chair's absence");
    }

    @Test
    void anOrdinaryMemberAndTheMayorOfCouncilDoNotPresideOverTheCommittee() {
        List<Member> seated = committee().seatedOn(LocalDate.of(2027, 3, 1));
        assertFalse(ChairAuthority.presides(seated, "praman"));
        assertFalse(ChairAuthority.presides(seated, "mayor"), "the mayor does not sit on this committee");
        assertFalse(ChairAuthority.presides(seated, null));
        assertFalse(ChairAuthority.presides(seated, " "));
    }

    @Test
    void aSeatWithoutAnAccountGivesNobodyTheChair() {
        Body council = new Body("Council", "Conseil", BodyKind.COUNCIL);
        council.seat("Mayor Eleanor Whitfield", MemberRole.HEAD_OF_COUNCIL, TERM_START, TERM_END);
        assertFalse(ChairAuthority.presides(council.seatedOn(LocalDate.of(2027, 3, 1)), "mayor"));
        council.members().get(0).votesAs("mayor");
        assertTrue(ChairAuthority.presides(council.seatedOn(LocalDate.of(2027, 3, 1)), "mayor"));
    }

    @Test
    void aChairWhoseTermEndedNoLongerPresidesOnTheMeetingsDay() {
        Body planning = committee();
        planning.members().get(0).endTerm(LocalDate.of(2027, 6, 30));
        assertTrue(ChairAuthority.presides(planning.seatedOn(LocalDate.of(2027, 6, 30)), "gchen"));
        assertFalse(ChairAuthority.presides(planning.seatedOn(LocalDate.of(2027, 7, 1)), "gchen"));
    }

    @Test
    void theMeetingsDayIsTakenInTheMunicipalitysTimeZone() {
        Body planning = committee();
        planning.members().get(0).endTerm(LocalDate.of(2027, 6, 30));
        ZoneId toronto = ZoneId.of("America/Toronto");
        // 23:30 on 30 June in Ontario is already 1 July in UTC
        Meeting lateMeeting = new Meeting(planning, "Special meeting", true, ZonedDateTime.of(2027, 6, 30, 23, 30, 0,
                0, toronto).toInstant(), "Council Chambers");
        assertTrue(ChairAuthority.presides(lateMeeting, toronto, "gchen"));
        assertFalse(ChairAuthority.presides(lateMeeting, ZoneId.of("UTC"), "gchen"));
    }

    @Test
    void onlyTheHeadOfCouncilChairAndViceChairSeatsPreside() {
        assertTrue(ChairAuthority.presiding(MemberRole.HEAD_OF_COUNCIL));
        assertTrue(ChairAuthority.presiding(MemberRole.CHAIR));
        assertTrue(ChairAuthority.presiding(MemberRole.VICE_CHAIR));
        assertFalse(ChairAuthority.presiding(MemberRole.MEMBER));
    }
}
