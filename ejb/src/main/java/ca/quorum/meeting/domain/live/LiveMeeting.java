package ca.quorum.meeting.domain.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import ca.quorum.meeting.domain.ClosedReason;
import ca.quorum.meeting.domain.live.LiveEvent.AttendanceChanged;
import ca.quorum.meeting.domain.live.LiveEvent.BallotCast;
import ca.quorum.meeting.domain.live.LiveEvent.CalledToOrder;
import ca.quorum.meeting.domain.live.LiveEvent.ClosedSessionEntered;
import ca.quorum.meeting.domain.live.LiveEvent.ClosedSessionLeft;
import ca.quorum.meeting.domain.live.LiveEvent.Disposition;
import ca.quorum.meeting.domain.live.LiveEvent.InterestDeclared;
import ca.quorum.meeting.domain.live.LiveEvent.ItemStarted;
import ca.quorum.meeting.domain.live.LiveEvent.MotionDisposed;
import ca.quorum.meeting.domain.live.LiveEvent.MotionMoved;
import ca.quorum.meeting.domain.live.LiveEvent.MotionSeconded;
import ca.quorum.meeting.domain.live.LiveEvent.Recessed;
import ca.quorum.meeting.domain.live.LiveEvent.Resumed;
import ca.quorum.meeting.domain.live.LiveEvent.VoteClosed;
import ca.quorum.meeting.domain.live.LiveEvent.VoteOpened;
import ca.quorum.shared.domain.RuleViolation;

/**
 * A meeting in progress, rebuilt from its log. Each command checks the rules against the state, and when they hold
 * returns the event to append (already applied here); a refused command throws {@link RuleViolation} with the
 * reason and changes nothing.
 * <ul>
 * <li>Quorum is a majority of the whole number of members (Municipal Act s.237), counting members present in
 * person and, when the by-law says so, electronically (s.238(3.1)); a member who declared an interest in the
 * item a vote is about is not counted for that vote (MCIA s.5). When so many members declared that the rest cannot
 * make a quorum, the remaining members are deemed a quorum if at least two are present (MCIA s.7(1), read as the
 * body's {@link DeemedQuorum} setting says). Quorum is
 * checked when a vote opens and again when it closes: a vote closed without quorum is not decided.</li>
 * <li>A member who declared an interest in an item may not move, second or vote on it (MCIA s.5(1)).</li>
 * <li>A vote is opened only on a motion of the item under consideration. Pending amendments (and deferrals and
 * referrals) of a motion are voted before it, the last moved first; an amendment may itself be amended once (a
 * sub-amendment), not deeper. No motion is moved or seconded while a vote is open. When a motion leaves the floor,
 * what was pending on it falls with it.</li>
 * <li>A vote is decided by its {@link VoteRule}; a tie is lost (s.245). On a recorded vote, asked for by any member
 * before the vote or right after it (s.246(1)), every member present and qualified who does not vote is deemed to
 * vote against (s.246(2)); on other votes that holds only when the procedure by-law says so. Ballots stand when
 * their member leaves before the vote closes; a member who left without voting is not counted.</li>
 * <li>Deferral and referral are decisions of council, voted like any motion; withdrawal is the mover's act before
 * the vote. A decided motion may be reconsidered by a motion moved by a member who voted on the prevailing side, as
 * often per meeting as the procedure by-law allows, carried by its reconsideration rule.</li>
 * <li>Council goes into closed session only by a resolution carried in open session stating the s.239 clauses and
 * the general nature of the matters (s.239(4)); in closed session it votes only on procedural matters and
 * directions to staff (s.239(6)). Which motions are closed is decided by {@link ClosedMatters}.</li>
 * </ul>
 */
public final class LiveMeeting {

    public enum Status {
        SCHEDULED, IN_SESSION, IN_RECESS, ADJOURNED
    }

    public enum MotionStatus {
        PENDING, CARRIED, LOST, WITHDRAWN, DEFERRED, REFERRED,
        /** Fell with the motion it acted on, which left the floor before it was voted. */
        FELL,
        /** Laid on the table; back before the meeting when lifted. */
        TABLED
    }

    /**
     * A motion as the log tells it.
     *
     * @param amends  the motion it acts on (amended, reconsidered, deferred or referred), or null
     * @param closed  a closed-session matter ({@link ClosedMatters})
     * @param reasons for a closed-session resolution, the s.239 clauses it cites
     * @param covers     for the consent agenda's motion, the items it was moved for (lifted ones then leave it)
     * @param resolution its resolution number once carried and numbered, or null
     * @param subject    for a walk-on motion, the title of the item it adds
     * @param asAmended  the main motion's wording as its carried amendments changed it, once the clerk restates it
     */
    public record Motion(long id, long item, String text, long mover, Long seconder, Long amends, VoteRule rule,
            MotionKind kind, MotionStatus status, boolean closed, List<ClosedReason> reasons, List<Long> covers,
            String resolution, String subject, String asAmended) {

        /**
         * Whether carrying this motion gives it a resolution number: a decision of council in open session (not an
         * amendment, which is part of the motion it amends, nor a reconsideration, nor a closed-session direction,
         * which stays in the closed record), numbered once.
         */
        public boolean takesResolutionNumber() {
            return status == MotionStatus.CARRIED && !closed && resolution == null && kind != MotionKind.AMENDMENT
                    && kind != MotionKind.RECONSIDERATION;
        }

        public boolean reconsiders() {
            return kind == MotionKind.RECONSIDERATION;
        }

        /**
         * Whether this motion can adopt minutes or enact a by-law: a main motion (or the consent agenda's, where
         * minutes are often adopted), carried, in open session (Municipal Act s.239(6): decisions are not taken in
         * closed session); not an amendment, a reconsideration or a procedural vote.
         */
        public boolean enacts() {
            return (kind == MotionKind.MAIN || kind == MotionKind.CONSENT) && status == MotionStatus.CARRIED
                    && !closed;
        }

        Motion with(MotionStatus newStatus) {
            return new Motion(id, item, text, mover, seconder, amends, rule, kind, newStatus, closed, reasons, covers,
                    resolution, subject, asAmended);
        }

        Motion secondedBy(long member) {
            return new Motion(id, item, text, mover, member, amends, rule, kind, status, closed, reasons, covers,
                    resolution, subject, asAmended);
        }

        Motion closedNow() {
            return new Motion(id, item, text, mover, seconder, amends, rule, kind, status, true, reasons, covers,
                    resolution, subject, asAmended);
        }
    }

    /**
     * A vote, open or closed, with the ballots cast.
     *
     * @param deemed members deemed against for not voting (s.246(2)), once closed
     * @param lapsed closed without quorum: not decided
     */
    public record Vote(long id, long motion, boolean recorded, Map<Long, Choice> ballots, Tally tally,
            List<Long> deemed, boolean lapsed) {

        public boolean open() {
            return tally == null && !lapsed;
        }
    }

    /**
     * The "item" of motions about the meeting itself (agenda adoption, walk-ons, appeals): no agenda item, so no
     * declaration of interest keeps a member from them.
     */
    static final long MEETING = 0;

    private final MeetingRules rules;
    private final Set<Long> roster;
    private final List<LiveEvent> log = new ArrayList<>();
    private final ClosedMatters closedMatters = new ClosedMatters();

    private Status status = Status.SCHEDULED;
    private ClosedReason closedSession;
    private boolean withoutQuorum;
    private final Map<Long, Presence> present = new LinkedHashMap<>();
    private final Map<Long, Instant> changedAt = new HashMap<>();
    private Long currentItem;
    private String currentItemLabel;
    private final Map<Long, Map<Long, String>> declarations = new HashMap<>();
    private final Map<Long, Motion> motions = new LinkedHashMap<>();
    private final Map<Long, Vote> votes = new LinkedHashMap<>();
    private final Map<String, BallotCast> ballotIds = new HashMap<>();
    private final Map<Long, List<Long>> recordedRequests = new HashMap<>();
    private final Set<Long> usedResolutions = new HashSet<>();
    private final Set<Long> lifted = new HashSet<>();
    private final Set<Long> questionCalled = new HashSet<>();
    private LiveEvent.PointOfOrderRaised pointOfOrder;
    private LiveEvent.ChairRuled ruling;
    private boolean rulingAppealed;
    private Vote openVote;
    /** The vote closed last, while nothing has happened since that would make a request for a recorded vote late. */
    private Vote justClosed;

    /**
     * @param rules  the body's procedure settings
     * @param roster the members who hold a seat on the meeting's day
     */
    public LiveMeeting(MeetingRules rules, Set<Long> roster) {
        this.rules = Objects.requireNonNull(rules);
        this.roster = Set.copyOf(roster);
    }

    /** Replays a stored log. */
    public static LiveMeeting replay(MeetingRules rules, Set<Long> roster, List<LiveEvent> events) {
        LiveMeeting meeting = new LiveMeeting(rules, roster);
        events.forEach(meeting::apply);
        return meeting;
    }

    // ----- commands

    /** The chair calls the meeting to order; refused without quorum. */
    public LiveEvent callToOrder(Instant now) {
        if (status != Status.SCHEDULED) {
            throw RuleViolation.because("live.theMeetingWasAlreadyCalledTo");
        }
        requireQuorum(Set.of());
        return record(new CalledToOrder(now));
    }

    /**
     * The clerk closes a meeting that never reached quorum: it is not held, and the record names the members who
     * were present and when (s.237: no business without quorum).
     */
    public LiveEvent closeWithoutQuorum(Instant now) {
        if (status != Status.SCHEDULED) {
            throw RuleViolation.because("live.onlyAMeetingNotYetCalled");
        }
        if (hasQuorum((Long) null)) {
            throw RuleViolation.because("live.thereIsAQuorumCallThe");
        }
        return record(new LiveEvent.ClosedWithoutQuorum(now, List.copyOf(present.keySet()), rules.quorum()));
    }

    /** Records an arrival (in person or electronic) or a departure ({@link Presence#ABSENT}). */
    public LiveEvent recordAttendance(long member, Presence presence, Instant now) {
        requireNotAdjourned();
        requireOnRoster(member);
        Presence before = present.getOrDefault(member, Presence.ABSENT);
        if (before == presence) {
            throw RuleViolation.because("live.memberIsAlreadyRecordedAs", member,
                    RuleViolation.term("presence." + presence.name()));
        }
        return record(new AttendanceChanged(now, member, presence));
    }

    public LiveEvent startItem(long item, String number, String title, Instant now) {
        requireInSession();
        requireNoOpenVote("item");
        return record(new ItemStarted(now, item, number, title));
    }

    /** A member declares a pecuniary interest in an item and its general nature (MCIA s.5(1)(a)). */
    public LiveEvent declareInterest(long member, long item, String nature, Instant now) {
        requireNotAdjourned();
        requireOnRoster(member);
        if (nature == null || nature.isBlank()) {
            throw RuleViolation.because("live.aDeclarationStatesTheGeneralNature");
        }
        if (declarations.getOrDefault(item, Map.of()).containsKey(member)) {
            throw RuleViolation.because("live.memberAlreadyDeclaredAnInterestIn", member);
        }
        if (openVote != null && motions.get(openVote.motion()).item() == item
                && openVote.ballots().containsKey(member)) {
            throw RuleViolation.because("live.memberHasVotedOnThisItem", member);
        }
        return record(new InterestDeclared(now, member, item, nature.strip()));
    }

    /** A member moves a motion on the current item, or an amendment to a pending motion ({@code amends}). */
    public LiveEvent move(long mover, String text, Long amends, VoteRule rule, Instant now) {
        return move(mover, amends == null ? MotionKind.MAIN : MotionKind.AMENDMENT, text, amends, rule, now);
    }

    /**
     * A member moves a motion of a kind that needs no more than its text: a main motion, an amendment of a pending
     * motion ({@code target}), a direction to staff or a procedural motion.
     */
    public LiveEvent move(long mover, MotionKind kind, String text, Long target, VoteRule rule, Instant now) {
        requireMoving(mover);
        if (text == null || text.isBlank()) {
            throw RuleViolation.because("live.aMotionNeedsItsText");
        }
        switch (kind) {
            case MAIN, DIRECTION_TO_STAFF, PROCEDURAL -> {
                if (target != null) {
                    throw RuleViolation.because("live.onlyAnAmendmentAReconsiderationA");
                }
            }
            case AMENDMENT -> {
                if (target == null) {
                    throw RuleViolation.because("live.nameTheMotionTheAmendmentChanges");
                }
                Motion amended = pendingOnCurrentItem(target);
                requireDebateOpen(amended);
                if (amended.kind() == MotionKind.CLOSED_SESSION || amended.kind() == MotionKind.RECONSIDERATION) {
                    throw RuleViolation.because("live.motionCannotBeAmended", target);
                }
                if (depth(amended) >= 2) {
                    throw RuleViolation.because("live.aSubAmendmentCannotBeAmended");
                }
            }
            default -> throw RuleViolation.because("live.moveAWithItsOwnCommand",
                    RuleViolation.term("kind." + kind.name()));
        }
        return record(new MotionMoved(now, nextMotionId(), currentItem, text.strip(), mover, target,
                rule == null ? VoteRule.MAJORITY_OF_VOTES_CAST : rule, false, kind, null));
    }

    /** A member moves that a pending main motion be deferred to a later date or meeting; council decides. */
    public LiveEvent moveDeferral(long mover, long motionId, String until, Instant now) {
        requireMoving(mover);
        Motion target = mainMotionToDispose(motionId);
        requireDebateOpen(target);
        if (until == null || until.isBlank()) {
            throw RuleViolation.because("live.aDeferralSaysToWhenOr");
        }
        return record(new MotionMoved(now, nextMotionId(), target.item(), "That motion " + motionId
                + " be deferred to " + until.strip() + ".", mover, motionId, VoteRule.MAJORITY_OF_VOTES_CAST, false,
                MotionKind.DEFERRAL, null));
    }

    /** A member moves that a pending main motion be referred to a body or to staff, with instructions. */
    public LiveEvent moveReferral(long mover, long motionId, String to, String instructions, Instant now) {
        requireMoving(mover);
        Motion target = mainMotionToDispose(motionId);
        requireDebateOpen(target);
        if (to == null || to.isBlank()) {
            throw RuleViolation.because("live.aReferralNamesTheBodyOr");
        }
        String text = "That motion " + motionId + " be referred to " + to.strip()
                + (instructions == null || instructions.isBlank() ? "." : ", with instructions: "
                        + instructions.strip() + (instructions.strip().endsWith(".") ? "" : "."));
        return record(new MotionMoved(now, nextMotionId(), target.item(), text, mover, motionId,
                VoteRule.MAJORITY_OF_VOTES_CAST, false, MotionKind.REFERRAL, null));
    }

    /**
     * A member moves, in open session, that council proceed into closed session, citing the s.239 clauses and the
     * general nature of the matters (s.239(4)).
     */
    public LiveEvent moveClosedSession(long mover, List<ClosedReason> reasons, String nature, Instant now) {
        requireMoving(mover);
        if (closedSession != null) {
            throw RuleViolation.because("live.theMeetingIsAlreadyInClosed");
        }
        if (reasons == null || reasons.isEmpty()) {
            throw RuleViolation.because("live.aClosedSessionNeedsItsReason");
        }
        if (nature == null || nature.isBlank()) {
            throw RuleViolation.because("live.theResolutionStatesTheGeneralNature");
        }
        List<ClosedReason> clauses = reasons.stream().distinct().toList();
        String text = "That Council proceed into closed session under s."
                + clauses.stream().map(ClosedReason::section).collect(Collectors.joining(", s."))
                + " of the Municipal Act, 2001, to consider: " + nature.strip()
                + (nature.strip().endsWith(".") ? "" : ".");
        return record(new MotionMoved(now, nextMotionId(), currentItem, text, mover, null,
                VoteRule.MAJORITY_OF_VOTES_CAST, false, MotionKind.CLOSED_SESSION, clauses));
    }

    /**
     * A member moves that the consent agenda be adopted: one motion for every consent item not lifted (the clerk
     * passes the consent section's items and their numbers, in order). The mover may not have declared an interest
     * in any of them.
     */
    public LiveEvent moveConsentAgenda(long mover, Map<Long, String> consentItems, Instant now) {
        requireInSession();
        requireNoOpenVote("move");
        if (currentItem == null) {
            throw RuleViolation.because("live.startAnAgendaItemBeforeMoving");
        }
        if (motions.values().stream().anyMatch(m -> m.kind() == MotionKind.CONSENT
                && m.status() == MotionStatus.PENDING)) {
            throw RuleViolation.because("live.theConsentAgendaIsAlreadyMoved");
        }
        List<Long> covered = consentItems.keySet().stream().filter(i -> !lifted.contains(i)).toList();
        if (covered.isEmpty()) {
            throw RuleViolation.because("live.thereIsNoConsentItemLeft");
        }
        if (!present.containsKey(mover)) {
            throw RuleViolation.because("live.notPresentToMove", mover);
        }
        for (long item : covered) {
            if (declarations.getOrDefault(item, Map.of()).containsKey(mover)) {
                throw RuleViolation.because("live.memberDeclaredAnInterestInConsent", mover, consentItems.get(item));
            }
        }
        List<String> numbers = covered.stream().map(consentItems::get).toList();
        String listed = numbers.size() == 1 ? numbers.get(0)
                : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);
        return record(new MotionMoved(now, nextMotionId(), currentItem, "That consent agenda item"
                + (numbers.size() == 1 ? " " : "s ") + listed + " be adopted as recommended.", mover, null,
                VoteRule.MAJORITY_OF_VOTES_CAST, false, MotionKind.CONSENT, null, covered));
    }

    /**
     * A member asks that an item be lifted from the consent agenda, before the consent agenda is voted on; it is
     * then dealt with on its own.
     */
    public LiveEvent liftFromConsent(long member, long item, Instant now) {
        requireInSession();
        if (!present.containsKey(member)) {
            throw RuleViolation.because("live.notPresentToLift", member);
        }
        if (lifted.contains(item)) {
            throw RuleViolation.because("live.thatItemWasAlreadyLiftedFrom");
        }
        boolean decided = motions.values().stream().anyMatch(m -> m.kind() == MotionKind.CONSENT
                && m.covers().contains(item) && m.status() != MotionStatus.PENDING);
        if (decided || openVote != null && motions.get(openVote.motion()).kind() == MotionKind.CONSENT) {
            throw RuleViolation.because("live.anItemIsLiftedBeforeThe");
        }
        return record(new LiveEvent.ConsentItemLifted(now, member, item));
    }

    /** A member moves to lay a pending motion (with what is pending on it) on the table. */
    public LiveEvent moveToTable(long mover, long motionId, Instant now) {
        requireMoving(mover);
        Motion target = pendingOnCurrentItem(motionId);
        requireDebateOpen(target);
        if (target.kind().actsOnPendingMotion()) {
            throw RuleViolation.because("live.tableTheMainMotion");
        }
        return record(new MotionMoved(now, nextMotionId(), target.item(), "That motion " + motionId
                + " be laid on the table.", mover, motionId, VoteRule.MAJORITY_OF_VOTES_CAST, false, MotionKind.TABLE,
                null));
    }

    /** A member moves to take a tabled motion from the table, on its item. */
    public LiveEvent moveToLiftFromTable(long mover, long motionId, Instant now) {
        requireMoving(mover);
        Motion target = motion(motionId);
        if (target.status() != MotionStatus.TABLED || target.kind().actsOnPendingMotion()) {
            throw RuleViolation.because("live.notOnTheTable", motionId);
        }
        if (target.item() != currentItem) {
            throw RuleViolation.because("live.motionBelongsToAnotherItem", motionId);
        }
        return record(new MotionMoved(now, nextMotionId(), target.item(), "That motion " + motionId
                + " be taken from the table.", mover, motionId, VoteRule.MAJORITY_OF_VOTES_CAST, false,
                MotionKind.LIFT_FROM_TABLE, null));
    }

    /**
     * A member moves the previous question on a pending motion: carried (by the body's rule, two-thirds by default),
     * debate ends: nothing more is moved on that motion, which is put to the vote (its pending amendments first).
     */
    public LiveEvent movePreviousQuestion(long mover, long motionId, Instant now) {
        requireMoving(mover);
        Motion target = pendingOnCurrentItem(motionId);
        requireDebateOpen(target);
        return record(new MotionMoved(now, nextMotionId(), target.item(), "That the question on motion "
                + root(target).id() + " be now put.", mover, motionId, rules.previousQuestion(), false,
                MotionKind.PREVIOUS_QUESTION, null));
    }

    /** A member raises a point of order; the chair rules on it before anything else. */
    public LiveEvent raisePointOfOrder(long member, String point, Instant now) {
        requireInSession();
        if (!present.containsKey(member)) {
            throw RuleViolation.because("live.notPresentToAct", member, RuleViolation.term("act.raise"));
        }
        if (point == null || point.isBlank()) {
            throw RuleViolation.because("live.pointOfOrderNeedsItsPoint");
        }
        if (pointOfOrder != null) {
            throw RuleViolation.because("live.ruleOnThePointFirst");
        }
        return record(new LiveEvent.PointOfOrderRaised(now, member, point.strip()));
    }

    /** The chair rules on the point of order raised: well taken or not, with the reason. */
    public LiveEvent ruleOnPointOfOrder(boolean wellTaken, String reason, Instant now) {
        requireInSession();
        if (pointOfOrder == null) {
            throw RuleViolation.because("live.noPointOfOrder");
        }
        if (reason == null || reason.isBlank()) {
            throw RuleViolation.because("live.rulingNeedsItsReason");
        }
        return record(new LiveEvent.ChairRuled(now, wellTaken, reason.strip()));
    }

    /**
     * A member appeals the chair's ruling: council decides by vote whether the ruling is sustained (carried: it
     * stands; lost, a tie included (s.245): it is overturned).
     */
    public LiveEvent appealRuling(long member, Instant now) {
        requireInSession();
        requireNoOpenVote("move");
        if (ruling == null || rulingAppealed) {
            throw RuleViolation.because("live.noRulingToAppeal");
        }
        requireEligible(member, MEETING, "move");
        return record(new MotionMoved(now, nextMotionId(), MEETING,
                "That the chair's ruling (" + ruling.ruling() + ") be sustained.", member, null,
                VoteRule.MAJORITY_OF_VOTES_CAST, false, MotionKind.APPEAL, null));
    }

    /** A member gives notice of a motion for a later meeting; it is recorded, not debated. */
    public LiveEvent giveNoticeOfMotion(long member, String text, String forMeeting, Instant now) {
        requireInSession();
        if (!present.containsKey(member)) {
            throw RuleViolation.because("live.notPresentToAct", member, RuleViolation.term("act.give"));
        }
        if (text == null || text.isBlank()) {
            throw RuleViolation.because("live.aMotionNeedsItsText");
        }
        if (forMeeting == null || forMeeting.isBlank()) {
            throw RuleViolation.because("live.noticeNamesTheMeeting");
        }
        return record(new LiveEvent.NoticeOfMotionGiven(now, member, text.strip(), forMeeting.strip()));
    }

    /** A member moves that the agenda be adopted as presented. */
    public LiveEvent moveAgendaAdoption(long mover, Instant now) {
        requireInSession();
        requireNoOpenVote("move");
        requireEligible(mover, MEETING, "move");
        if (motions.values().stream().anyMatch(m -> m.kind() == MotionKind.AGENDA_ADOPTION
                && (m.status() == MotionStatus.PENDING || m.status() == MotionStatus.CARRIED))) {
            throw RuleViolation.because("live.agendaAlreadyMoved");
        }
        return record(new MotionMoved(now, nextMotionId(), MEETING,
                "That the agenda be adopted as presented.", mover, null, VoteRule.MAJORITY_OF_VOTES_CAST, false,
                MotionKind.AGENDA_ADOPTION, null));
    }

    /**
     * A member moves that an item not on the agenda be added (a walk-on); it needs the body's rule (two-thirds by
     * default). Carried, the clerk adds the item and it is taken up like any other.
     */
    public LiveEvent moveWalkOn(long mover, String title, Instant now) {
        requireInSession();
        requireNoOpenVote("move");
        requireEligible(mover, MEETING, "move");
        if (title == null || title.isBlank()) {
            throw RuleViolation.because("live.walkOnNeedsItsTitle");
        }
        return record(new MotionMoved(now, nextMotionId(), MEETING,
                "That the item \u201c" + title.strip() + "\u201d be added to the agenda.", mover, null,
                rules.walkOn(), false, MotionKind.WALK_ON, null, null, title.strip()));
    }

    /**
     * The clerk restates a pending main motion as its carried amendments changed it, so that council votes on, and
     * the minutes state, the motion as amended.
     */
    public LiveEvent restateAsAmended(long motionId, String text, Instant now) {
        requireInSession();
        requireNoOpenVote("move");
        Motion motion = pending(motionId);
        boolean amended = actingOn(motionId).stream().map(motions::get)
                .anyMatch(m -> m.kind() == MotionKind.AMENDMENT && m.status() == MotionStatus.CARRIED);
        if (!amended) {
            throw RuleViolation.because("live.noAmendmentCarried", motionId);
        }
        if (text == null || text.isBlank()) {
            throw RuleViolation.because("live.aMotionNeedsItsText");
        }
        return record(new LiveEvent.MotionRestated(now, motion.id(), text.strip()));
    }

    /** The point of order awaiting the chair's ruling, or null. */
    public LiveEvent.PointOfOrderRaised pointOfOrder() {
        return pointOfOrder;
    }

    /** Whether the chair's last ruling may still be appealed. */
    public boolean rulingAppealable() {
        return ruling != null && !rulingAppealed;
    }

    /**
     * A member moves to reconsider a decided motion. Only a member who voted on the prevailing side may move it, and
     * a motion is reconsidered no more often per meeting than the procedure by-law allows; it needs the by-law's
     * reconsideration rule.
     */
    public LiveEvent moveReconsideration(long mover, long decided, Instant now) {
        requireInSession();
        requireNoOpenVote("move");
        Motion target = motion(decided);
        if (target.status() != MotionStatus.CARRIED && target.status() != MotionStatus.LOST) {
            throw RuleViolation.because("live.onlyAMotionThatWasVoted");
        }
        if (target.kind() == MotionKind.RECONSIDERATION || target.kind() == MotionKind.CLOSED_SESSION) {
            throw RuleViolation.because("live.motionCannotBeReconsidered", decided);
        }
        requireEligible(mover, target.item(), "move");
        Vote last = votes.values().stream().filter(v -> v.motion() == decided && v.tally() != null)
                .reduce((a, b) -> b).orElseThrow();
        Choice prevailing = last.tally().carried() ? Choice.YES : Choice.NO;
        if (last.ballots().get(mover) != prevailing) {
            throw RuleViolation.because("live.onlyAMemberWhoVotedOn",
                    RuleViolation.term("side." + prevailing.name()), decided);
        }
        long before = motions.values().stream().filter(m -> m.reconsiders() && m.amends() == decided)
                .filter(m -> m.status() == MotionStatus.CARRIED || m.status() == MotionStatus.LOST
                        || m.status() == MotionStatus.PENDING).count();
        if (before >= rules.reconsiderationsPerMotion()) {
            throw RuleViolation.because("live.motionWasAlreadyReconsideredAtThis", decided,
                    rules.reconsiderationsPerMotion());
        }
        return record(new MotionMoved(now, nextMotionId(), target.item(), "That motion " + decided
                + " be reconsidered.", mover, decided, rules.reconsideration(), true, MotionKind.RECONSIDERATION,
                null));
    }

    public LiveEvent second(long motionId, long seconder, Instant now) {
        requireInSession();
        requireNoOpenVote("second");
        Motion motion = pending(motionId);
        if (motion.seconder() != null) {
            throw RuleViolation.because("live.motionIsAlreadySeconded", motionId);
        }
        if (motion.mover() == seconder) {
            throw RuleViolation.because("live.theMoverCannotSecondTheirOwn");
        }
        requireEligible(seconder, motion, "second");
        return record(new MotionSeconded(now, motionId, seconder));
    }

    /**
     * The mover withdraws a pending motion before it is voted on; what was pending on it falls with it. Deferral
     * and referral are decisions of council: they are moved and voted ({@link #moveDeferral},
     * {@link #moveReferral}).
     */
    public LiveEvent dispose(long motionId, Disposition disposition, Instant now) {
        requireInSession();
        if (disposition != Disposition.WITHDRAWN) {
            throw RuleViolation.because("live.deferralAndReferralAreDecidedBy." + disposition.name());
        }
        pending(motionId);
        if (openVote != null) {
            throw RuleViolation.because("live.motionCannotBeWithdrawnWhileA", motionId);
        }
        return record(new MotionDisposed(now, motionId, disposition));
    }

    /**
     * A member asks for a recorded vote (s.246(1)): before the vote, or while it is open, the vote is recorded; right
     * after it (before anything else is moved, opened or begun), the motion is put to a recorded vote again and the
     * first result stays in the record.
     */
    public LiveEvent requestRecordedVote(long member, long motionId, Instant now) {
        requireInSession();
        Motion motion = motion(motionId);
        if (!present.containsKey(member)) {
            throw RuleViolation.because("live.notPresentToAskRecordedVote", member);
        }
        if (motion.status() == MotionStatus.PENDING) {
            if (openVote != null && openVote.motion() == motionId && openVote.recorded()
                    || recordedRequests.containsKey(motionId) && openVote == null) {
                throw RuleViolation.because("live.aRecordedVoteWasAlreadyAsked", motionId);
            }
            return record(new LiveEvent.RecordedVoteRequested(now, member, motionId));
        }
        if (justClosed == null || justClosed.motion() != motionId) {
            throw RuleViolation.because("live.aRecordedVoteIsAskedFor");
        }
        if (justClosed.recorded()) {
            throw RuleViolation.because("live.theVoteOnMotionWasAlready", motionId);
        }
        if (motion.kind().targetsAMotion() && motion.kind() != MotionKind.AMENDMENT
                || motion.kind() == MotionKind.CLOSED_SESSION) {
            throw RuleViolation.because("live.askForARecordedVoteOn", motionId);
        }
        return record(new LiveEvent.RecordedVoteRequested(now, member, motionId));
    }

    /**
     * The chair opens the vote on a motion of the item under consideration: seconded (when required), what is
     * pending on it decided first (the last moved first), quorum present for its item, and, in closed session, only
     * on a procedural matter or a direction to staff (s.239(6)).
     */
    public LiveEvent openVote(long motionId, boolean recordedVote, Instant now) {
        requireInSession();
        requireNoOpenVote("vote");
        Motion motion = pending(motionId);
        if (!motion.kind().aboutTheMeeting() && (currentItem == null || motion.item() != currentItem)) {
            throw RuleViolation.because("live.motionBelongsToAnotherAgendaItem", motionId);
        }
        if (rules.secondRequired() && motion.seconder() == null) {
            throw RuleViolation.because("live.motionNeedsASeconderBeforeThe", motionId);
        }
        List<Long> first = pendingAfter(motion);
        if (!first.isEmpty()) {
            throw RuleViolation.because("live.voteOnTheAmendmentFirstAmendments", first);
        }
        if (closedSession != null && !votableInClosedSession(motion)) {
            throw RuleViolation.because("live.inClosedSessionCouncilVotesOnly", motionId);
        }
        requireQuorum(recused(motion));
        long id = votes.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        return record(new VoteOpened(now, id, motionId, recordedVote || recordedRequests.containsKey(motionId)));
    }

    /**
     * A member's ballot on the open vote. Repeating a ballot with the same {@code ballotId} records nothing and
     * returns {@code null} (the client retried); a different ballot replaces the first only where the by-law
     * allows changing a vote.
     */
    public LiveEvent castBallot(long member, Choice choice, String ballotId, Instant now) {
        if (ballotId == null || ballotId.isBlank()) {
            throw RuleViolation.because("live.aBallotNeedsItsId");
        }
        BallotCast earlier = ballotIds.get(ballotId);
        if (earlier != null) {
            if (earlier.member() != member || earlier.choice() != choice) {
                throw RuleViolation.because("live.ballotIdWasAlreadyUsedFor", ballotId);
            }
            return null;
        }
        if (openVote == null) {
            throw RuleViolation.because("live.noVoteIsOpenTheVote");
        }
        requireOnRoster(member);
        requireEligible(member, motions.get(openVote.motion()), "vote");
        Choice already = openVote.ballots().get(member);
        if (already != null && !rules.changeAllowed()) {
            throw RuleViolation.because("live.youAlreadyVotedThisVoteCannot",
                    RuleViolation.term("choice." + already.name()));
        }
        if (already == choice) {
            throw RuleViolation.because("live.youAlreadyVoted", RuleViolation.term("choice." + choice.name()));
        }
        return record(new BallotCast(now, openVote.id(), member, choice, ballotId.strip()));
    }

    /**
     * The chair closes the vote. With quorum for the motion's item, the motion carries or is lost by its rule; on a
     * recorded vote every member present and qualified who did not vote is deemed against (s.246(2)). Without
     * quorum the vote is not decided ({@link LiveEvent.VoteLapsed}) and the motion stays before council.
     */
    public LiveEvent closeVote(Instant now) {
        if (openVote == null) {
            throw RuleViolation.because("live.noVoteIsOpen");
        }
        Motion motion = motions.get(openVote.motion());
        if (!hasQuorum(motion)) {
            return record(new LiveEvent.VoteLapsed(now, openVote.id(), counted(recused(motion)), rules.quorum()));
        }
        Set<Long> eligible = eligibleVoters(motion);
        List<Long> silent = eligible.stream().filter(m -> !openVote.ballots().containsKey(m)).toList();
        eligible.addAll(openVote.ballots().keySet());
        int yes = votesOf(openVote.ballots(), Choice.YES);
        int no = votesOf(openVote.ballots(), Choice.NO);
        boolean silenceIsNo = openVote.recorded() || rules.silentCountsAsNo();
        Tally tally = motion.rule().decide(yes, no, eligible.stream().mapToInt(rules::weight).sum(),
                rules.totalVotes(), silenceIsNo);
        return record(new VoteClosed(now, openVote.id(), tally, silenceIsNo ? silent : List.of()));
    }

    /** The meeting goes into closed session under a resolution carried in open session (s.239(4)). */
    public LiveEvent enterClosedSession(long resolution, Instant now) {
        requireInSession();
        if (closedSession != null) {
            throw RuleViolation.because("live.theMeetingIsAlreadyInClosed");
        }
        requireNoOpenVote("closedSession");
        Motion motion = motion(resolution);
        if (motion.kind() != MotionKind.CLOSED_SESSION) {
            throw RuleViolation.because("live.motionIsNotAResolutionTo", resolution);
        }
        if (motion.status() != MotionStatus.CARRIED) {
            throw RuleViolation.because("live.theResolutionToProceedIntoClosed");
        }
        if (usedResolutions.contains(resolution)) {
            throw RuleViolation.because("live.resolutionWasAlreadyUsedToGo", resolution);
        }
        return record(new ClosedSessionEntered(now, motion.reasons().get(0), resolution, motion.reasons()));
    }

    /**
     * Gives the motion just carried its resolution number (the console draws the next number of the body's year);
     * refused unless the motion takes one ({@link Motion#takesResolutionNumber()}).
     */
    public LiveEvent numberResolution(long motionId, String number, Instant now) {
        Motion motion = motion(motionId);
        if (!motion.takesResolutionNumber()) {
            throw RuleViolation.because("live.motionTakesNoResolutionNumber", motionId);
        }
        if (number == null || number.isBlank()) {
            throw RuleViolation.because("live.aResolutionNumberCannotBeEmpty");
        }
        return record(new LiveEvent.ResolutionNumbered(now, motionId, number.strip()));
    }

    /** The carried resolutions to proceed into closed session not yet acted on, oldest first. */
    public List<Motion> closedSessionResolutions() {
        return motions.values().stream().filter(m -> m.kind() == MotionKind.CLOSED_SESSION
                && m.status() == MotionStatus.CARRIED && !usedResolutions.contains(m.id())).toList();
    }

    public LiveEvent leaveClosedSession(Instant now) {
        if (closedSession == null) {
            throw RuleViolation.because("live.theMeetingIsNotInClosed");
        }
        requireNoOpenVote("rise");
        return record(new ClosedSessionLeft(now));
    }

    public LiveEvent recess(Instant now) {
        requireInSession();
        requireNoOpenVote("recess");
        return record(new Recessed(now));
    }

    public LiveEvent resume(Instant now) {
        if (status != Status.IN_RECESS) {
            throw RuleViolation.because("live.theMeetingIsNotInRecess");
        }
        return record(new Resumed(now));
    }

    public LiveEvent adjourn(Instant now) {
        if (status != Status.IN_SESSION && status != Status.IN_RECESS) {
            throw RuleViolation.because("live.onlyAMeetingInSessionCan");
        }
        requireNoOpenVote("adjourn");
        return record(new LiveEvent.Adjourned(now));
    }

    // ----- the state, for consoles, tablets and displays

    /** Whether there is a quorum for the current item now. */
    public boolean hasQuorum() {
        return hasQuorum(currentItem);
    }

    /**
     * Whether there is a quorum for an item (null: none in particular): members who declared an interest in it are
     * not counted, and when they leave fewer than a quorum possible, two remaining members are a quorum (MCIA
     * s.7(1)).
     */
    public boolean hasQuorum(Long item) {
        return hasQuorum(declaredOn(item));
    }

    /** Whether there is a quorum for a vote on this motion: on its item, or on every consent item it still covers. */
    public boolean hasQuorum(Motion motion) {
        return hasQuorum(recused(motion));
    }

    private boolean hasQuorum(Set<Long> declared) {
        int counted = counted(declared);
        if (counted >= rules.quorum()) {
            return true;
        }
        boolean disabledByDeclarations = switch (rules.deemedQuorum()) {
            case WHOLE_COUNCIL -> rules.seats() - declared.size() < rules.quorum();
            case MEMBERS_PRESENT -> counted + (int) declared.stream().filter(this::countsForQuorum).count()
                    >= rules.quorum();
        };
        return disabledByDeclarations && counted >= 2;
    }

    private int counted(Set<Long> recused) {
        return (int) present.keySet().stream().filter(this::countsForQuorum).filter(m -> !recused.contains(m)).count();
    }

    /** The items a vote on this motion is about: its own, or the consent items it still covers. */
    public Set<Long> itemsOf(Motion motion) {
        if (motion.kind() != MotionKind.CONSENT) {
            return Set.of(motion.item());
        }
        return motion.covers().stream().filter(i -> !lifted.contains(i)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Members who declared an interest in any item a vote on this motion is about (MCIA s.5). */
    public Set<Long> recused(Motion motion) {
        Set<Long> out = new TreeSet<>();
        itemsOf(motion).forEach(i -> out.addAll(declarations.getOrDefault(i, Map.of()).keySet()));
        return out;
    }

    /** Members who may vote on this motion now: present in any way, not recused on what it is about. */
    public Set<Long> eligibleVoters(Motion motion) {
        return presentExcept(recused(motion));
    }

    /** The votes of the members who may vote on this motion now (their number, unless some have more than one). */
    public int eligibleVotes(Motion motion) {
        return eligibleVoters(motion).stream().mapToInt(rules::weight).sum();
    }

    /** The consent items lifted to be dealt with on their own. */
    public Set<Long> liftedFromConsent() {
        return Collections.unmodifiableSet(lifted);
    }

    private boolean countsForQuorum(long member) {
        Presence presence = present.get(member);
        return presence == Presence.IN_PERSON || presence == Presence.ELECTRONIC && rules.electronicCountsForQuorum();
    }

    /** Members counted toward quorum for an item: present (electronically only if the by-law says so), not recused. */
    public int countedForQuorum(Long item) {
        return counted(declaredOn(item));
    }

    /** Members who declared an interest in an item (none for no item). */
    private Set<Long> declaredOn(Long item) {
        return item == null ? Set.of() : declarations.getOrDefault(item, Map.of()).keySet();
    }

    /** Members present in any way, but these. */
    private Set<Long> presentExcept(Set<Long> recused) {
        return present.keySet().stream().filter(m -> !recused.contains(m))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private int votesOf(Map<Long, Choice> ballots, Choice choice) {
        return ballots.entrySet().stream().filter(e -> e.getValue() == choice).mapToInt(e -> rules.weight(e.getKey()))
                .sum();
    }

    /** Members who may vote on an item now: present in any way, not recused. */
    public Set<Long> eligibleVoters(long item) {
        return presentExcept(declaredOn(item));
    }

    public Status status() {
        return status;
    }

    /** Whether the meeting was closed for want of quorum, without being held. */
    public boolean closedWithoutQuorum() {
        return withoutQuorum;
    }

    public ClosedReason closedSession() {
        return closedSession;
    }

    /** The one rule on what is closed, as it stands at the end of the log. */
    public ClosedMatters closedMatters() {
        return closedMatters;
    }

    public Map<Long, Presence> present() {
        return Collections.unmodifiableMap(present);
    }

    /** When a member last arrived or left; none if never recorded. */
    public Optional<Instant> attendanceChangedAt(long member) {
        return Optional.ofNullable(changedAt.get(member));
    }

    public Long currentItem() {
        return currentItem;
    }

    public String currentItemLabel() {
        return currentItemLabel;
    }

    public Map<Long, String> declarations(long item) {
        return Collections.unmodifiableMap(declarations.getOrDefault(item, Map.of()));
    }

    public Motion motion(long id) {
        Motion motion = motions.get(id);
        if (motion == null) {
            throw RuleViolation.because("live.thereIsNoMotion", id);
        }
        return motion;
    }

    public List<Motion> motions() {
        return List.copyOf(motions.values());
    }

    /** The motion that adopts minutes or enacts a by-law ({@link Motion#enacts()}); refused with the reason. */
    public Motion enactingMotion(long id) {
        Motion found = motions.get(id);
        if (found == null) {
            throw RuleViolation.because("live.motionWasNotMovedAtThat", id);
        }
        if (found.kind() != MotionKind.MAIN && found.kind() != MotionKind.CONSENT) {
            throw RuleViolation.because("live.motionIsOnlyACarriedMain", id,
                    RuleViolation.term("kind." + found.kind().name()));
        }
        if (found.closed()) {
            throw RuleViolation.because("live.motionWasVotedInClosedSession", id);
        }
        if (found.status() != MotionStatus.CARRIED) {
            throw RuleViolation.because("live.motionDidNotCarryOnlyA", id,
                    RuleViolation.term("status." + found.status().name()));
        }
        return found;
    }

    public Vote openVote() {
        return openVote;
    }

    public List<Vote> votes() {
        return List.copyOf(votes.values());
    }

    public List<LiveEvent> log() {
        return Collections.unmodifiableList(log);
    }

    public MeetingRules rules() {
        return rules;
    }

    // ----- applying events

    /** Applies a logged event; the log is trusted (commands checked it before it was written). */
    public void apply(LiveEvent event) {
        closedMatters.accept(event);
        if (!(event instanceof BallotCast || event instanceof AttendanceChanged
                || event instanceof LiveEvent.RecordedVoteRequested || event instanceof InterestDeclared
                || event instanceof LiveEvent.ResolutionNumbered)) {
            justClosed = null;
        }
        switch (event) {
            case CalledToOrder e -> status = Status.IN_SESSION;
            case LiveEvent.ClosedWithoutQuorum e -> {
                status = Status.ADJOURNED;
                withoutQuorum = true;
            }
            case AttendanceChanged e -> {
                changedAt.put(e.member(), e.at());
                if (e.presence() == Presence.ABSENT) {
                    present.remove(e.member());
                } else {
                    present.put(e.member(), e.presence());
                }
            }
            case ItemStarted e -> {
                currentItem = e.item();
                currentItemLabel = e.number() + " " + e.title();
            }
            case InterestDeclared e -> declarations.computeIfAbsent(e.item(), k -> new LinkedHashMap<>())
                    .put(e.member(), e.nature());
            case MotionMoved e -> {
                motions.put(e.motion(), new Motion(e.motion(), e.item(), e.text(), e.mover(), null, e.amends(),
                        e.rule(), e.motionKind(), MotionStatus.PENDING, closedMatters.motionClosed(e.motion()),
                        e.reasons() == null ? List.of() : List.copyOf(e.reasons()),
                        e.covers() == null ? List.of() : List.copyOf(e.covers()), null, e.subject(), null));
                if (e.motionKind() == MotionKind.APPEAL) {
                    rulingAppealed = true;
                }
            }
            case LiveEvent.ResolutionNumbered e -> motions.computeIfPresent(e.motion(), (k, m) -> new Motion(m.id(),
                    m.item(), m.text(), m.mover(), m.seconder(), m.amends(), m.rule(), m.kind(), m.status(),
                    m.closed(), m.reasons(), m.covers(), e.number(), m.subject(), m.asAmended()));
            case LiveEvent.MotionRestated e -> motions.computeIfPresent(e.motion(), (k, m) -> new Motion(m.id(),
                    m.item(), m.text(), m.mover(), m.seconder(), m.amends(), m.rule(), m.kind(), m.status(),
                    m.closed(), m.reasons(), m.covers(), m.resolution(), m.subject(), e.text()));
            case LiveEvent.ConsentItemLifted e -> lifted.add(e.item());
            case LiveEvent.PointOfOrderRaised e -> {
                pointOfOrder = e;
                ruling = null;
                rulingAppealed = false;
            }
            case LiveEvent.ChairRuled e -> {
                ruling = e;
                pointOfOrder = null;
            }
            case LiveEvent.NoticeOfMotionGiven e -> {
                // recorded for the minutes and the next meeting; nothing before this meeting changes
            }
            case MotionSeconded e -> motions.computeIfPresent(e.motion(), (k, m) -> m.secondedBy(e.seconder()));
            case MotionDisposed e -> leaveTheFloor(e.motion(), switch (e.disposition()) {
                case WITHDRAWN -> MotionStatus.WITHDRAWN;
                case DEFERRED -> MotionStatus.DEFERRED;
                case REFERRED -> MotionStatus.REFERRED;
            });
            case LiveEvent.RecordedVoteRequested e -> {
                recordedRequests.computeIfAbsent(e.motion(), k -> new ArrayList<>()).add(e.member());
                if (openVote != null && openVote.motion() == e.motion()) {
                    openVote = new Vote(openVote.id(), openVote.motion(), true, openVote.ballots(), null, null, false);
                    votes.put(openVote.id(), openVote);
                } else if (motions.get(e.motion()).status() != MotionStatus.PENDING) {
                    // asked for right after the vote: the motion is put to a recorded vote again
                    motions.computeIfPresent(e.motion(), (k, m) -> m.with(MotionStatus.PENDING));
                }
            }
            case VoteOpened e -> {
                openVote = new Vote(e.vote(), e.motion(), e.recorded(), new LinkedHashMap<>(), null, null, false);
                votes.put(e.vote(), openVote);
                motions.computeIfPresent(e.motion(), (k, m) -> closedMatters.motionClosed(k) ? m.closedNow() : m);
            }
            case BallotCast e -> {
                Vote vote = votes.get(e.vote());
                if (vote != null) {
                    vote.ballots().put(e.member(), e.choice());
                }
                ballotIds.put(e.ballotId(), e);
            }
            case VoteClosed e -> {
                Vote vote = votes.get(e.vote());
                Vote closed = new Vote(vote.id(), vote.motion(), vote.recorded(), vote.ballots(), e.tally(),
                        e.deemed() == null ? List.of() : List.copyOf(e.deemed()), false);
                votes.put(e.vote(), closed);
                openVote = null;
                justClosed = closed;
                recordedRequests.remove(vote.motion());
                decided(motions.get(vote.motion()), e.tally().carried());
            }
            case LiveEvent.VoteLapsed e -> {
                Vote vote = votes.get(e.vote());
                votes.put(e.vote(), new Vote(vote.id(), vote.motion(), vote.recorded(), vote.ballots(), null,
                        List.of(), true));
                openVote = null;
            }
            case ClosedSessionEntered e -> {
                closedSession = e.reason();
                if (e.resolution() != null) {
                    usedResolutions.add(e.resolution());
                }
            }
            case ClosedSessionLeft e -> closedSession = null;
            case Recessed e -> status = Status.IN_RECESS;
            case Resumed e -> status = Status.IN_SESSION;
            case LiveEvent.Adjourned e -> {
                status = Status.ADJOURNED;
                closedSession = null;
            }
        }
        log.add(event);
    }

    /** What follows when a motion is decided: a carried reconsideration, deferral or referral acts on its target. */
    private void decided(Motion motion, boolean carried) {
        motions.put(motion.id(), motion.with(carried ? MotionStatus.CARRIED : MotionStatus.LOST));
        if (!carried) {
            return;
        }
        switch (motion.kind()) {
            case RECONSIDERATION -> motions.computeIfPresent(motion.amends(), (k, m) -> m.with(MotionStatus.PENDING));
            case DEFERRAL -> leaveTheFloor(motion.amends(), MotionStatus.DEFERRED);
            case REFERRAL -> leaveTheFloor(motion.amends(), MotionStatus.REFERRED);
            case TABLE -> {
                for (long other : actingOn(motion.amends())) {
                    motions.computeIfPresent(other, (k, m) -> m.status() == MotionStatus.PENDING
                            ? m.with(MotionStatus.TABLED) : m);
                }
                motions.computeIfPresent(motion.amends(), (k, m) -> m.with(MotionStatus.TABLED));
            }
            case LIFT_FROM_TABLE -> {
                motions.computeIfPresent(motion.amends(), (k, m) -> m.with(MotionStatus.PENDING));
                for (long other : actingOn(motion.amends())) {
                    motions.computeIfPresent(other, (k, m) -> m.status() == MotionStatus.TABLED
                            ? m.with(MotionStatus.PENDING) : m);
                }
            }
            case PREVIOUS_QUESTION -> questionCalled.add(root(motions.get(motion.amends())).id());
            default -> {
                // a main motion, an amendment, a resolution or a direction: nothing else changes
            }
        }
    }

    /** A motion leaves the floor without a vote of its own; everything still pending on it falls. */
    private void leaveTheFloor(long motionId, MotionStatus how) {
        for (long other : actingOn(motionId)) {
            motions.computeIfPresent(other, (k, m) -> m.status() == MotionStatus.PENDING
                    ? m.with(MotionStatus.FELL) : m);
        }
        motions.computeIfPresent(motionId, (k, m) -> m.with(how));
    }

    private LiveEvent record(LiveEvent event) {
        apply(event);
        return event;
    }

    // ----- rules

    private long nextMotionId() {
        return motions.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
    }

    private int depth(Motion motion) {
        int depth = 0;
        Motion m = motion;
        while (m.kind() == MotionKind.AMENDMENT) {
            depth++;
            m = motions.get(m.amends());
        }
        return depth;
    }

    /**
     * The motions acting on a motion, directly or through one another (amendments, sub-amendments, deferrals,
     * referrals; not reconsiderations, which act on a decided motion), in the order they were moved.
     */
    private List<Long> actingOn(long motionId) {
        List<Long> found = new ArrayList<>();
        for (Motion m : motions.values()) {
            if (m.kind().actsOnPendingMotion() && (m.amends() == motionId || found.contains(m.amends()))) {
                found.add(m.id());
            }
        }
        return found;
    }

    /**
     * The pending motions that must be voted before this one, newest first: those moved after it on the same
     * motion or on the motion it acts on (siblings included), since pending amendments are voted last moved first.
     */
    private List<Long> pendingAfter(Motion motion) {
        Motion root = motion;
        while (root.kind().actsOnPendingMotion()) {
            root = motions.get(root.amends());
        }
        List<Long> family = actingOn(root.id());
        List<Long> first = family.stream().filter(id -> id > motion.id())
                .filter(id -> motions.get(id).status() == MotionStatus.PENDING).collect(Collectors.toList());
        Collections.reverse(first);
        return first;
    }

    /** The motion a chain of pending amendments, deferrals, referrals, tablings and previous questions acts on. */
    private Motion root(Motion motion) {
        Motion root = motion;
        while (root.kind().actsOnPendingMotion()) {
            root = motions.get(root.amends());
        }
        return root;
    }

    private void requireDebateOpen(Motion target) {
        if (questionCalled.contains(root(target).id())) {
            throw RuleViolation.because("live.questionCalled", root(target).id());
        }
    }

    private boolean votableInClosedSession(Motion motion) {
        Motion m = motion;
        while (m.kind() == MotionKind.AMENDMENT || m.kind() == MotionKind.RECONSIDERATION) {
            m = motions.get(m.amends());
        }
        return m.kind().votableInClosedSession();
    }

    private Motion mainMotionToDispose(long motionId) {
        Motion target = pendingOnCurrentItem(motionId);
        if (target.kind() != MotionKind.MAIN && target.kind() != MotionKind.DIRECTION_TO_STAFF) {
            throw RuleViolation.because("live.onlyAMainMotionIsDeferred");
        }
        return target;
    }

    private Motion pendingOnCurrentItem(long motionId) {
        Motion motion = pending(motionId);
        if (currentItem == null || motion.item() != currentItem) {
            throw RuleViolation.because("live.motionBelongsToAnotherItem", motionId);
        }
        return motion;
    }

    private void requireMoving(long mover) {
        requireInSession();
        requireNoOpenVote("move");
        if (currentItem == null) {
            throw RuleViolation.because("live.startAnAgendaItemBeforeMoving");
        }
        requireEligible(mover, currentItem, "move");
    }

    private Motion pending(long motionId) {
        Motion motion = motion(motionId);
        if (motion.status() != MotionStatus.PENDING) {
            throw RuleViolation.because("live.motionIsNoLongerBeforeThe", motionId,
                    RuleViolation.term("status." + motion.status().name()));
        }
        return motion;
    }

    private void requireEligible(long member, long item, String what) {
        if (!present.containsKey(member)) {
            throw RuleViolation.because("live.notPresentToAct",
                    member, RuleViolation.term("act." + what));
        }
        if (declarations.getOrDefault(item, Map.of()).containsKey(member)) {
            throw RuleViolation.because("live.memberDeclaredAnInterestInThis",
                    member, RuleViolation.term("act." + what));
        }
    }

    private void requireEligible(long member, Motion motion, String what) {
        if (motion.kind() != MotionKind.CONSENT) {
            requireEligible(member, motion.item(), what);
            return;
        }
        if (!present.containsKey(member)) {
            throw RuleViolation.because("live.notPresentToAct",
                    member, RuleViolation.term("act." + what));
        }
        if (recused(motion).contains(member)) {
            throw RuleViolation.because("live.memberDeclaredAnInterestInAn", member, RuleViolation.term("act." + what));
        }
    }

    private void requireOnRoster(long member) {
        if (!roster.contains(member)) {
            throw RuleViolation.because("live.memberDoesNotSitOnThis", member);
        }
    }

    private void requireQuorum(Set<Long> recused) {
        if (!hasQuorum(recused)) {
            throw RuleViolation.because("live.thereIsNoQuorumCountedNeeded", counted(recused), rules.quorum());
        }
    }

    private void requireInSession() {
        if (status != Status.IN_SESSION) {
            throw RuleViolation.because(switch (status) {
                case SCHEDULED -> "live.notCalledToOrder";
                case IN_RECESS -> "live.inRecess";
                default -> "live.theMeetingIsAdjourned";
            });
        }
    }

    private void requireNotAdjourned() {
        if (status == Status.ADJOURNED) {
            throw RuleViolation.because("live.theMeetingIsAdjourned");
        }
    }

    private void requireNoOpenVote(String what) {
        if (openVote != null) {
            throw RuleViolation.because("live.closeTheOpenVoteBefore", RuleViolation.term("before." + what));
        }
    }
}
