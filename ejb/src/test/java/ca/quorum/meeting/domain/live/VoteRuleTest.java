package ca.quorum.meeting.domain.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VoteRuleTest {

    @ParameterizedTest(name = "two-thirds of {0} present needs {1}")
    @CsvSource({"9,6", "8,6", "7,5", "6,4", "5,4", "4,3", "3,2", "2,2", "1,1", "12,8", "13,9"})
    void twoThirdsOfMembersPresent(int present, int needed) {
        assertEquals(needed, VoteRule.TWO_THIRDS_OF_PRESENT.needed(present, 9));
        assertTrue(VoteRule.TWO_THIRDS_OF_PRESENT.decide(needed, present - needed, present, 13, true).carried());
        assertFalse(VoteRule.TWO_THIRDS_OF_PRESENT.decide(needed - 1, present - needed + 1, present, 13, true)
                .carried());
    }

    @Test
    void twoThirdsOfNineIsSixNotSeven() {
        Tally six = VoteRule.TWO_THIRDS_OF_PRESENT.decide(6, 3, 9, 9, true);
        assertTrue(six.carried());
        assertEquals(9, six.base());
        assertFalse(VoteRule.TWO_THIRDS_OF_PRESENT.decide(5, 4, 9, 9, true).carried());
    }

    @Test
    void twoThirdsCountsSilentMembersInItsBaseEvenWhenSilenceIsNotNo() {
        assertFalse(VoteRule.TWO_THIRDS_OF_PRESENT.decide(5, 0, 9, 9, false).carried(), "5 of 9 present");
        assertTrue(VoteRule.TWO_THIRDS_OF_PRESENT.decide(6, 0, 9, 9, false).carried());
    }

    @Test
    void aTieIsLost() {
        assertFalse(VoteRule.MAJORITY_OF_VOTES_CAST.decide(4, 4, 8, 9, true).carried());
        assertFalse(VoteRule.MAJORITY_OF_VOTES_CAST.decide(0, 0, 0, 9, true).carried(), "no votes at all");
        assertTrue(VoteRule.MAJORITY_OF_VOTES_CAST.decide(5, 4, 9, 9, true).carried());
    }

    @Test
    void presentMembersWhoDoNotVoteCountAgainstWhenTheByLawSaysSo() {
        Tally deemed = VoteRule.MAJORITY_OF_VOTES_CAST.decide(4, 3, 9, 9, true);
        assertEquals(2, deemed.deemedNo());
        assertEquals(5, deemed.against());
        assertFalse(deemed.carried(), "4 for, 3 against and 2 silent: lost (s.246(2))");
        Tally notDeemed = VoteRule.MAJORITY_OF_VOTES_CAST.decide(4, 3, 9, 9, false);
        assertEquals(0, notDeemed.deemedNo());
        assertTrue(notDeemed.carried());
        assertFalse(VoteRule.MAJORITY_OF_VOTES_CAST.decide(4, 0, 8, 9, true).carried(), "4 for, 4 silent: a tie");
    }

    @Test
    void aMajorityOfTheWholeCouncilCountsSeatsNotThosePresent() {
        assertTrue(VoteRule.MAJORITY_OF_WHOLE_COUNCIL.decide(5, 0, 5, 9, true).carried());
        assertFalse(VoteRule.MAJORITY_OF_WHOLE_COUNCIL.decide(4, 0, 5, 9, true).carried(), "4 of 9 seats");
        assertFalse(VoteRule.MAJORITY_OF_WHOLE_COUNCIL.decide(5, 4, 9, 10, true).carried(), "5 of 10 is a half");
        assertEquals(9, VoteRule.MAJORITY_OF_WHOLE_COUNCIL.decide(5, 0, 5, 9, true).base());
        assertEquals(5, VoteRule.MAJORITY_OF_WHOLE_COUNCIL.needed(7, 9));
    }

    @Test
    void unanimousNeedsEveryEligibleMemberPresent() {
        assertTrue(VoteRule.UNANIMOUS.decide(7, 0, 7, 9, true).carried());
        assertFalse(VoteRule.UNANIMOUS.decide(6, 1, 7, 9, true).carried());
        assertFalse(VoteRule.UNANIMOUS.decide(6, 0, 7, 9, false).carried(), "one present member did not vote");
        assertFalse(VoteRule.UNANIMOUS.decide(0, 0, 0, 9, true).carried());
    }

    @ParameterizedTest(name = "more than one-third of {0} members needs {1}")
    @CsvSource({"9,4", "10,4", "11,4", "12,5", "7,3", "5,2", "3,2"})
    void moreThanOneThirdOfAllMembersCountsTheWholeCouncilAndSetsAsideTheTieRule(int seats, int needed) {
        VoteRule rule = VoteRule.MORE_THAN_ONE_THIRD_OF_ALL_MEMBERS;
        assertEquals(needed, rule.needed(5, seats));
        assertTrue(rule.decide(needed, seats - needed, seats, seats, true).carried(),
                needed + " for carries even with more against (Part VI.1, s.284.11.1)");
        assertFalse(rule.decide(needed - 1, 0, needed - 1, seats, true).carried());
        assertEquals(seats, rule.decide(needed, 0, needed, seats, true).base());
    }

    @ParameterizedTest(name = "two-thirds of all {0} members needs {1}")
    @CsvSource({"9,6", "10,7", "11,8", "12,8", "7,5", "5,4", "3,2"})
    void twoThirdsOfAllMembersCountsTheWholeCouncilNotThosePresent(int seats, int needed) {
        VoteRule rule = VoteRule.TWO_THIRDS_OF_ALL_MEMBERS;
        assertEquals(needed, rule.needed(needed, seats));
        assertTrue(rule.decide(needed, 0, needed, seats, true).carried(), "absent members do not lower the bar");
        assertFalse(rule.decide(needed - 1, 0, needed - 1, seats, true).carried());
    }

    @Test
    void twoThirdsOfAllNineIsSixEvenWhenOnlySixArePresent() {
        assertTrue(VoteRule.TWO_THIRDS_OF_ALL_MEMBERS.decide(6, 0, 6, 9, true).carried());
        assertFalse(VoteRule.TWO_THIRDS_OF_ALL_MEMBERS.decide(5, 0, 5, 9, true).carried(), "veto stands");
        assertTrue(VoteRule.TWO_THIRDS_OF_PRESENT.decide(4, 2, 6, 9, true).carried(), "unlike two-thirds present");
    }

    @Test
    void weightedTotalsTwoThirdsOf21VotesIs14() {
        // a county council of 9 members casting 21 votes between them: thresholds are on votes
        assertEquals(14, VoteRule.TWO_THIRDS_OF_ALL_MEMBERS.needed(21, 21));
        assertTrue(VoteRule.TWO_THIRDS_OF_ALL_MEMBERS.decide(14, 7, 21, 21, true).carried());
        assertFalse(VoteRule.TWO_THIRDS_OF_ALL_MEMBERS.decide(13, 8, 21, 21, true).carried());
        assertEquals(11, VoteRule.MAJORITY_OF_WHOLE_COUNCIL.needed(21, 21));
        assertFalse(VoteRule.MAJORITY_OF_VOTES_CAST.decide(10, 10, 21, 21, false).carried(), "a tie of votes is lost");
    }
}
