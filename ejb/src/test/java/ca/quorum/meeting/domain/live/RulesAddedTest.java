package ca.quorum.meeting.domain.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import ca.quorum.meeting.domain.live.LiveMeeting.MotionStatus;
import ca.quorum.shared.domain.RuleViolation;

/**
 * The rules the procedure by-law adds: the consent agenda (with recusals), weighted votes, the readings of MCIA s.7(1)
 * and the new thresholds in a meeting.
 */
class RulesAddedTest {

    private static final Set<Long> COUNCIL = Sitting.COUNCIL;
    private static final long CONSENT_HEADING = 50;
    private static final Map<Long, String> CONSENT = new LinkedHashMap<>();

    static {
        CONSENT.put(51L, "5.1");
        CONSENT.put(52L, "5.2");
        CONSENT.put(53L, "5.3");
    }

    private final Sitting sitting = new Sitting();

    private Instant now() {
        return sitting.now();
    }

    /** A sitting that has taken up the consent agenda's heading. */
    private LiveMeeting inSession(MeetingRules rules, long... members) {
        LiveMeeting meeting = sitting.inSession(rules, members);
        meeting.startItem(CONSENT_HEADING, "5", "Consent Agenda", now());
        return meeting;
    }

    private LiveMeeting everyonePresent() {
        return inSession(MeetingRules.ontario(9), Sitting.all());
    }

    private Tally voteAll(LiveMeeting meeting, long motion, Set<Long> yes) {
        meeting.openVote(motion, false, now());
        for (long m : meeting.eligibleVoters(meeting.motion(motion))) {
            meeting.castBallot(m, yes.contains(m) ? Choice.YES : Choice.NO, "b" + motion + "-" + m, now());
        }
        return assertInstanceOf(LiveEvent.VoteClosed.class, meeting.closeVote(now())).tally();
    }

    // ----- consent agenda

    @Test
    void oneMotionAdoptsEveryConsentItem() {
        LiveMeeting meeting = everyonePresent();
        long consent = ((LiveEvent.MotionMoved) meeting.moveConsentAgenda(1, CONSENT, now())).motion();
        assertEquals("That consent agenda items 5.1, 5.2 and 5.3 be adopted as recommended.",
                meeting.motion(consent).text());
        assertEquals(MotionKind.CONSENT, meeting.motion(consent).kind());
        meeting.second(consent, 2, now());
        assertTrue(voteAll(meeting, consent, COUNCIL).carried());
        assertTrue(meeting.motion(consent).enacts(), "minutes adopted on the consent agenda");
    }

    @Test
    void aMemberWhoDeclaredAnInterestInAConsentItemCannotVoteOnTheAllInOneMotion() {
        LiveMeeting meeting = everyonePresent();
        meeting.declareInterest(4, 52, "owns the property in item 5.2", now());
        long consent = ((LiveEvent.MotionMoved) meeting.moveConsentAgenda(1, CONSENT, now())).motion();
        meeting.second(consent, 2, now());
        meeting.openVote(consent, false, now());
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> meeting.castBallot(4, Choice.YES, "four", now()));
        assertTrue(refused.getMessage().contains("unless that item is lifted"), refused.getMessage());
        assertEquals(8, meeting.eligibleVoters(meeting.motion(consent)).size());
        assertThrows(RuleViolation.class, () -> meeting.moveConsentAgenda(4, CONSENT, now()),
                "nor move it");
    }

    @Test
    void onceTheItemIsLiftedTheDeclaredMemberVotesOnTheRestAndTheItemIsDealtWithAlone() {
        LiveMeeting meeting = everyonePresent();
        meeting.declareInterest(4, 52, "owns the property in item 5.2", now());
        long consent = ((LiveEvent.MotionMoved) meeting.moveConsentAgenda(1, CONSENT, now())).motion();
        meeting.second(consent, 2, now());
        LiveEvent.ConsentItemLifted lifted = assertInstanceOf(LiveEvent.ConsentItemLifted.class,
                meeting.liftFromConsent(7, 52, now()));
        assertEquals(7, lifted.member());
        assertEquals(Set.of(51L, 53L), meeting.itemsOf(meeting.motion(consent)));
        assertEquals(9, meeting.eligibleVoters(meeting.motion(consent)).size(), "member 4 votes on 5.1 and 5.3");
        assertTrue(voteAll(meeting, consent, COUNCIL).carried());
        assertThrows(RuleViolation.class, () -> meeting.liftFromConsent(7, 53, now()), "after the vote: too late");
        assertThrows(RuleViolation.class, () -> meeting.liftFromConsent(7, 52, now()), "already lifted");
        meeting.startItem(52, "5.2", "Encroachment agreement, 14 Shore Road", now());
        long alone = ((LiveEvent.MotionMoved) meeting.move(1, "That the encroachment agreement be approved.", null,
                null, now())).motion();
        meeting.second(alone, 2, now());
        assertThrows(RuleViolation.class, () -> meeting.castBallot(4, Choice.YES, "x", now()));
        assertEquals(8, meeting.eligibleVoters(meeting.motion(alone)).size());
    }

    @Test
    void whenEveryConsentItemIsLiftedThereIsNothingToMove() {
        LiveMeeting meeting = everyonePresent();
        for (long item : CONSENT.keySet()) {
            meeting.liftFromConsent(3, item, now());
        }
        assertThrows(RuleViolation.class, () -> meeting.moveConsentAgenda(1, CONSENT, now()));
    }

    @Test
    void recusalsOnConsentItemsCountAgainstQuorumForTheAllInOneMotion() {
        LiveMeeting meeting = inSession(MeetingRules.ontario(9), 1, 2, 3, 4, 5, 6);
        meeting.declareInterest(5, 51, "client of the applicant", now());
        meeting.declareInterest(6, 53, "employee of the vendor", now());
        long consent = ((LiveEvent.MotionMoved) meeting.moveConsentAgenda(1, CONSENT, now())).motion();
        meeting.second(consent, 2, now());
        assertThrows(RuleViolation.class, () -> meeting.openVote(consent, false, now()), "4 counted, 5 needed");
        meeting.liftFromConsent(1, 53, now());
        meeting.openVote(consent, false, now());
        assertEquals(5, meeting.eligibleVoters(meeting.motion(consent)).size());
    }

    // ----- weighted votes

    @Test
    void weightedVotesCountVotesNotMembers() {
        // a county council: members 1 and 2 cast 3 votes each, the others 1: 13 votes in all
        MeetingRules county = new MeetingRules(9, true, true, false, true, VoteRule.TWO_THIRDS_OF_PRESENT, 1,
                Map.of(1L, 3, 2L, 3), DeemedQuorum.WHOLE_COUNCIL);
        assertEquals(13, county.totalVotes());
        assertEquals(5, county.quorum(), "quorum is of members (s.237)");
        LiveMeeting meeting = inSession(county, LongStream.rangeClosed(1, 9).toArray());
        long motion = ((LiveEvent.MotionMoved) meeting.move(3, "That the county road be resurfaced.", null,
                VoteRule.MAJORITY_OF_WHOLE_COUNCIL, now())).motion();
        meeting.second(motion, 4, now());
        Tally tally = voteAll(meeting, motion, Set.of(1L, 2L, 3L));
        assertEquals(7, tally.yes(), "3 + 3 + 1");
        assertEquals(6, tally.no());
        assertEquals(13, tally.base());
        assertTrue(tally.carried(), "7 of 13 votes is a majority of the whole council, by 3 members of 9");
        assertEquals(13, meeting.eligibleVotes(meeting.motion(motion)));
    }

    @Test
    void twoThirdsOfAWeightedTotalIsComputedOnVotes() {
        MeetingRules county = new MeetingRules(9, true, true, false, true, VoteRule.TWO_THIRDS_OF_PRESENT, 1,
                Map.of(1L, 4, 2L, 4, 3L, 6), DeemedQuorum.WHOLE_COUNCIL);
        assertEquals(20, county.totalVotes());
        LiveMeeting meeting = inSession(county, LongStream.rangeClosed(1, 9).toArray());
        long override = ((LiveEvent.MotionMoved) meeting.move(4, "That the veto be overridden.", null,
                VoteRule.TWO_THIRDS_OF_ALL_MEMBERS, now())).motion();
        meeting.second(override, 5, now());
        Tally tally = voteAll(meeting, override, Set.of(1L, 2L, 4L, 5L, 6L, 7L));
        assertEquals(12, tally.yes());
        assertFalse(tally.carried(), "12 of 20 votes: 14 needed, though 6 of 9 members voted for");
        assertEquals(14, VoteRule.TWO_THIRDS_OF_ALL_MEMBERS.needed(20, county.totalVotes()));
    }

    @Test
    void aMemberHasAtLeastOneVote() {
        assertThrows(IllegalArgumentException.class, () -> new MeetingRules(9, true, true, true, true,
                VoteRule.TWO_THIRDS_OF_PRESENT, 1, Map.of(1L, 0), DeemedQuorum.WHOLE_COUNCIL));
    }

    // ----- MCIA s.7(1), both readings

    @Test
    void readAsTheWholeCouncilTwoRemainingMembersAreAQuorumWhenTheSeatsLessTheDeclaredCannotMakeOne() {
        MeetingRules rules = new MeetingRules(9, true, true, true, true, VoteRule.TWO_THIRDS_OF_PRESENT, 1,
                Map.of(), DeemedQuorum.WHOLE_COUNCIL);
        LiveMeeting meeting = inSession(rules, 1, 2, 3, 4, 5, 6);
        meeting.declareInterest(5, 60, "family", now());
        meeting.declareInterest(6, 60, "family", now());
        assertFalse(meeting.hasQuorum(60L), "9 seats less 2 can still make 5: no deeming, 4 counted");
        for (long m = 7; m <= 9; m++) {
            meeting.declareInterest(m, 60, "family", now());
        }
        assertTrue(meeting.hasQuorum(60L), "9 less 5 declared cannot make 5: the 4 remaining are deemed a quorum");
    }

    @Test
    void readAsTheMembersPresentTwoRemainingMembersAreAQuorumWhenThoseAtTheMeetingWouldBeOneButForDeclarations() {
        MeetingRules rules = new MeetingRules(9, true, true, true, true, VoteRule.TWO_THIRDS_OF_PRESENT, 1,
                Map.of(), DeemedQuorum.MEMBERS_PRESENT);
        LiveMeeting meeting = inSession(rules, 1, 2, 3, 4, 5, 6);
        meeting.declareInterest(5, 60, "family", now());
        meeting.declareInterest(6, 60, "family", now());
        assertTrue(meeting.hasQuorum(60L), "6 present would be a quorum but for 2 declarations: 4 deemed a quorum");
        LiveMeeting thin = inSession(rules, 1, 2, 3, 4, 5);
        thin.recordAttendance(5, Presence.ABSENT, now());
        thin.declareInterest(4, 60, "family", now());
        assertFalse(thin.hasQuorum(60L), "4 present were never a quorum: declarations do not make one");
        LiveMeeting two = inSession(rules, 1, 2, 3, 4, 5);
        for (long m = 2; m <= 5; m++) {
            two.declareInterest(m, 60, "family", now());
        }
        assertFalse(two.hasQuorum(60L), "one remaining member is never a quorum");
    }

    // ----- thresholds in a meeting

    @Test
    void aVetoOverrideNeedsTwoThirdsOfAllMembersSixOfNineEvenWithSevenPresent() {
        LiveMeeting meeting = inSession(MeetingRules.ontario(9), 1, 2, 3, 4, 5, 6, 7);
        long override = ((LiveEvent.MotionMoved) meeting.move(1, "That the mayor's veto be overridden.", null,
                VoteRule.TWO_THIRDS_OF_ALL_MEMBERS, now())).motion();
        meeting.second(override, 2, now());
        Tally five = voteAll(meeting, override, Set.of(1L, 2L, 3L, 4L, 5L));
        assertFalse(five.carried(), "5 of 7 present is two-thirds of those present, not of all 9");
        assertEquals(MotionStatus.LOST, meeting.motion(override).status());
        List<Long> voted = List.of(1L, 2L, 3L, 4L, 5L, 6L);
        long again = ((LiveEvent.MotionMoved) meeting.move(1, "That the mayor's veto be overridden.", null,
                VoteRule.TWO_THIRDS_OF_ALL_MEMBERS, now())).motion();
        meeting.second(again, 2, now());
        assertTrue(voteAll(meeting, again, Set.copyOf(voted)).carried());
    }
}
