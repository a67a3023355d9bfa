package ca.quorum.meeting.domain.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * current item is not counted (MCIA s.5). When so many members declared that the rest cannot make a quorum, the
 * remaining members are deemed a quorum if at least two are present (MCIA s.7(1)).</li>
 * <li>A member who declared an interest in an item may not move, second or vote on it (MCIA s.5(1)).</li>
 * <li>Amendments are voted before the motion they amend, the last moved first; an amendment may itself be amended
 * once (a sub-amendment), not deeper.</li>
 * <li>A vote is decided by its {@link VoteRule}; a tie is lost (s.245); present members who do not vote count
 * against when the by-law says so (s.246(2)). Ballots stand when their member leaves before the vote closes; a
 * member who left without voting is not counted.</li>
 * </ul>
 */
public final class LiveMeeting {

    public enum Status {
        SCHEDULED, IN_SESSION, IN_RECESS, ADJOURNED
    }

    public enum MotionStatus {
        PENDING, CARRIED, LOST, WITHDRAWN, DEFERRED, REFERRED
    }

    /** A motion as the log tells it. */
    public record Motion(long id, long item, String text, long mover, Long seconder, Long amends, VoteRule rule,
            boolean reconsiders, MotionStatus status) {

        Motion with(MotionStatus newStatus) {
            return new Motion(id, item, text, mover, seconder, amends, rule, reconsiders, newStatus);
        }

        Motion secondedBy(long member) {
            return new Motion(id, item, text, mover, member, amends, rule, reconsiders, status);
        }
    }

    /** A vote, open or closed, with the ballots cast. */
    public record Vote(long id, long motion, boolean recorded, Map<Long, Choice> ballots, Tally tally) {

        public boolean open() {
            return tally == null;
        }
    }

    private final MeetingRules rules;
    private final Set<Long> roster;
    private final List<LiveEvent> log = new ArrayList<>();

    private Status status = Status.SCHEDULED;
    private ClosedReason closedSession;
    private final Map<Long, Presence> present = new LinkedHashMap<>();
    private final Map<Long, Instant> changedAt = new HashMap<>();
    private Long currentItem;
    private String currentItemLabel;
    private final Map<Long, Map<Long, String>> declarations = new HashMap<>();
    private final Map<Long, Motion> motions = new LinkedHashMap<>();
    private final Map<Long, Vote> votes = new LinkedHashMap<>();
    private final Map<String, BallotCast> ballotIds = new HashMap<>();
    private Vote openVote;

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
            throw new RuleViolation("The meeting was already called to order.");
        }
        requireQuorum();
        return record(new CalledToOrder(now));
    }

    /** Records an arrival (in person or electronic) or a departure ({@link Presence#ABSENT}). */
    public LiveEvent recordAttendance(long member, Presence presence, Instant now) {
        requireNotAdjourned();
        requireOnRoster(member);
        Presence before = present.getOrDefault(member, Presence.ABSENT);
        if (before == presence) {
            throw new RuleViolation("Member " + member + " is already recorded as " + presence.name()
                    .toLowerCase().replace('_', ' ') + ".");
        }
        return record(new AttendanceChanged(now, member, presence));
    }

    public LiveEvent startItem(long item, String number, String title, Instant now) {
        requireInSession();
        requireNoOpenVote("moving to another item");
        return record(new ItemStarted(now, item, number, title));
    }

    /** A member declares a pecuniary interest in an item and its general nature (MCIA s.5(1)(a)). */
    public LiveEvent declareInterest(long member, long item, String nature, Instant now) {
        requireNotAdjourned();
        requireOnRoster(member);
        if (nature == null || nature.isBlank()) {
            throw new RuleViolation("A declaration states the general nature of the interest.");
        }
        if (declarations.getOrDefault(item, Map.of()).containsKey(member)) {
            throw new RuleViolation("Member " + member + " already declared an interest in this item.");
        }
        if (openVote != null && motions.get(openVote.motion()).item() == item
                && openVote.ballots().containsKey(member)) {
            throw new RuleViolation("Member " + member + " has voted on this item; an interest is declared before "
                    + "the item is considered.");
        }
        return record(new InterestDeclared(now, member, item, nature.strip()));
    }

    /** A member moves a motion on the current item, or an amendment to a pending motion ({@code amends}). */
    public LiveEvent move(long mover, String text, Long amends, VoteRule rule, Instant now) {
        requireInSession();
        if (currentItem == null) {
            throw new RuleViolation("Start an agenda item before moving a motion.");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolation("A motion needs its text.");
        }
        requireEligible(mover, currentItem, "move");
        if (amends != null) {
            Motion amended = pending(amends);
            if (amended.item() != currentItem) {
                throw new RuleViolation("Motion " + amends + " belongs to another item.");
            }
            if (depth(amended) >= 2) {
                throw new RuleViolation("A sub-amendment cannot be amended: amendments go one level deep.");
            }
        }
        long id = motions.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        return record(new MotionMoved(now, id, currentItem, text.strip(), mover, amends,
                rule == null ? VoteRule.MAJORITY_OF_VOTES_CAST : rule, false));
    }

    /** A member moves to reconsider a decided motion; it needs the by-law's reconsideration rule. */
    public LiveEvent moveReconsideration(long mover, long decided, Instant now) {
        requireInSession();
        Motion target = motion(decided);
        if (target.status() != MotionStatus.CARRIED && target.status() != MotionStatus.LOST) {
            throw new RuleViolation("Only a motion that was voted on can be reconsidered.");
        }
        requireEligible(mover, target.item(), "move");
        long id = motions.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        return record(new MotionMoved(now, id, target.item(), "That motion " + decided + " be reconsidered.", mover,
                decided, rules.reconsideration(), true));
    }

    public LiveEvent second(long motionId, long seconder, Instant now) {
        requireInSession();
        Motion motion = pending(motionId);
        if (motion.seconder() != null) {
            throw new RuleViolation("Motion " + motionId + " is already seconded.");
        }
        if (motion.mover() == seconder) {
            throw new RuleViolation("The mover cannot second their own motion.");
        }
        requireEligible(seconder, motion.item(), "second");
        return record(new MotionSeconded(now, motionId, seconder));
    }

    /** Withdraws, defers or refers a pending motion (with its pending amendments); not while it is being voted. */
    public LiveEvent dispose(long motionId, Disposition disposition, Instant now) {
        requireInSession();
        Motion motion = pending(motionId);
        if (openVote != null && (openVote.motion() == motionId || amendments(motionId).contains(openVote.motion()))) {
            throw new RuleViolation("Motion " + motionId + " is being voted on.");
        }
        if (disposition != Disposition.WITHDRAWN && motion.amends() != null) {
            throw new RuleViolation("Only a main motion is deferred or referred; withdraw an amendment instead.");
        }
        return record(new MotionDisposed(now, motionId, disposition));
    }

    /** The chair opens the vote on a motion: seconded (when required), quorum present, its amendments decided. */
    public LiveEvent openVote(long motionId, boolean recordedVote, Instant now) {
        requireInSession();
        requireNoOpenVote("opening another");
        Motion motion = pending(motionId);
        if (rules.secondRequired() && motion.seconder() == null) {
            throw new RuleViolation("Motion " + motionId + " needs a seconder before the vote.");
        }
        List<Long> undecided = amendments(motionId).stream()
                .filter(a -> motions.get(a).status() == MotionStatus.PENDING).toList();
        if (!undecided.isEmpty()) {
            throw new RuleViolation("Vote on the amendment" + (undecided.size() > 1 ? "s " : " ") + undecided
                    + " first: amendments are voted before the motion, the last moved first.");
        }
        requireQuorum();
        long id = votes.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
        return record(new VoteOpened(now, id, motionId, recordedVote));
    }

    /**
     * A member's ballot on the open vote. Repeating a ballot with the same {@code ballotId} records nothing and
     * returns {@code null} (the client retried); a different ballot replaces the first only where the by-law
     * allows changing a vote.
     */
    public LiveEvent castBallot(long member, Choice choice, String ballotId, Instant now) {
        if (ballotId == null || ballotId.isBlank()) {
            throw new RuleViolation("A ballot needs its id.");
        }
        BallotCast earlier = ballotIds.get(ballotId);
        if (earlier != null) {
            if (earlier.member() != member || earlier.choice() != choice) {
                throw new RuleViolation("Ballot id " + ballotId + " was already used for another ballot.");
            }
            return null;
        }
        if (openVote == null) {
            throw new RuleViolation("No vote is open: the vote was closed or not yet opened.");
        }
        requireOnRoster(member);
        long item = motions.get(openVote.motion()).item();
        requireEligible(member, item, "vote");
        Choice already = openVote.ballots().get(member);
        if (already != null && !rules.changeAllowed()) {
            throw new RuleViolation("You already voted " + already.name().toLowerCase() + "; this vote cannot be "
                    + "changed.");
        }
        if (already == choice) {
            throw new RuleViolation("You already voted " + choice.name().toLowerCase() + ".");
        }
        return record(new BallotCast(now, openVote.id(), member, choice, ballotId.strip()));
    }

    /** The chair closes the vote; the motion carries or is lost by its rule. */
    public LiveEvent closeVote(Instant now) {
        if (openVote == null) {
            throw new RuleViolation("No vote is open.");
        }
        Motion motion = motions.get(openVote.motion());
        Set<Long> eligible = eligibleVoters(motion.item());
        eligible.addAll(openVote.ballots().keySet());
        int yes = (int) openVote.ballots().values().stream().filter(c -> c == Choice.YES).count();
        int no = openVote.ballots().size() - yes;
        Tally tally = motion.rule().decide(yes, no, eligible.size(), rules.seats(), rules.silentCountsAsNo());
        return record(new VoteClosed(now, openVote.id(), tally));
    }

    public LiveEvent enterClosedSession(ClosedReason reason, Instant now) {
        requireInSession();
        if (reason == null) {
            throw new RuleViolation("A closed session needs its reason under s.239.");
        }
        if (closedSession != null) {
            throw new RuleViolation("The meeting is already in closed session.");
        }
        requireNoOpenVote("going into closed session");
        return record(new ClosedSessionEntered(now, reason));
    }

    public LiveEvent leaveClosedSession(Instant now) {
        if (closedSession == null) {
            throw new RuleViolation("The meeting is not in closed session.");
        }
        return record(new ClosedSessionLeft(now));
    }

    public LiveEvent recess(Instant now) {
        requireInSession();
        requireNoOpenVote("a recess");
        return record(new Recessed(now));
    }

    public LiveEvent resume(Instant now) {
        if (status != Status.IN_RECESS) {
            throw new RuleViolation("The meeting is not in recess.");
        }
        return record(new Resumed(now));
    }

    public LiveEvent adjourn(Instant now) {
        if (status != Status.IN_SESSION && status != Status.IN_RECESS) {
            throw new RuleViolation("Only a meeting in session can be adjourned.");
        }
        requireNoOpenVote("adjourning");
        return record(new LiveEvent.Adjourned(now));
    }

    // ----- the state, for consoles, tablets and displays

    /** Whether there is a quorum for the current item now. */
    public boolean hasQuorum() {
        int counted = countedForQuorum(currentItem);
        int recused = currentItem == null ? 0 : declarations.getOrDefault(currentItem, Map.of()).size();
        if (rules.seats() - recused < rules.quorum()) {
            return counted >= 2;
        }
        return counted >= rules.quorum();
    }

    /** Members counted toward quorum for an item: present (electronically only if the by-law says so), not recused. */
    public int countedForQuorum(Long item) {
        Set<Long> recused = item == null ? Set.of() : declarations.getOrDefault(item, Map.of()).keySet();
        return (int) present.entrySet().stream()
                .filter(e -> e.getValue() == Presence.IN_PERSON
                        || e.getValue() == Presence.ELECTRONIC && rules.electronicCountsForQuorum())
                .filter(e -> !recused.contains(e.getKey())).count();
    }

    /** Members who may vote on an item now: present in any way, not recused. */
    public Set<Long> eligibleVoters(long item) {
        Set<Long> recused = declarations.getOrDefault(item, Map.of()).keySet();
        return present.keySet().stream().filter(m -> !recused.contains(m))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public Status status() {
        return status;
    }

    public ClosedReason closedSession() {
        return closedSession;
    }

    public Map<Long, Presence> present() {
        return Collections.unmodifiableMap(present);
    }

    /** When a member last arrived or left; none if never recorded. */
    public java.util.Optional<Instant> attendanceChangedAt(long member) {
        return java.util.Optional.ofNullable(changedAt.get(member));
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
            throw new RuleViolation("There is no motion " + id + ".");
        }
        return motion;
    }

    public List<Motion> motions() {
        return List.copyOf(motions.values());
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
        switch (event) {
            case CalledToOrder e -> status = Status.IN_SESSION;
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
            case MotionMoved e -> motions.put(e.motion(), new Motion(e.motion(), e.item(), e.text(), e.mover(), null,
                    e.amends(), e.rule(), e.reconsiders(), MotionStatus.PENDING));
            case MotionSeconded e -> motions.computeIfPresent(e.motion(), (k, m) -> m.secondedBy(e.seconder()));
            case MotionDisposed e -> {
                MotionStatus disposed = switch (e.disposition()) {
                    case WITHDRAWN -> MotionStatus.WITHDRAWN;
                    case DEFERRED -> MotionStatus.DEFERRED;
                    case REFERRED -> MotionStatus.REFERRED;
                };
                for (long amendment : amendments(e.motion())) {
                    motions.computeIfPresent(amendment, (k, m) -> m.status() == MotionStatus.PENDING
                            ? m.with(MotionStatus.WITHDRAWN) : m);
                }
                motions.computeIfPresent(e.motion(), (k, m) -> m.with(disposed));
            }
            case VoteOpened e -> {
                openVote = new Vote(e.vote(), e.motion(), e.recorded(), new LinkedHashMap<>(), null);
                votes.put(e.vote(), openVote);
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
                Vote closed = new Vote(vote.id(), vote.motion(), vote.recorded(), vote.ballots(), e.tally());
                votes.put(e.vote(), closed);
                openVote = null;
                Motion motion = motions.get(vote.motion());
                motions.put(motion.id(), motion.with(e.tally().carried() ? MotionStatus.CARRIED : MotionStatus.LOST));
                if (motion.reconsiders() && e.tally().carried()) {
                    motions.computeIfPresent(motion.amends(), (k, m) -> m.with(MotionStatus.PENDING));
                }
            }
            case ClosedSessionEntered e -> closedSession = e.reason();
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

    private LiveEvent record(LiveEvent event) {
        apply(event);
        return event;
    }

    // ----- rules

    private int depth(Motion motion) {
        int depth = 0;
        Motion m = motion;
        while (m.amends() != null && !m.reconsiders()) {
            depth++;
            m = motions.get(m.amends());
        }
        return depth;
    }

    /** Amendments (and sub-amendments) of a motion, newest first. */
    private List<Long> amendments(long motionId) {
        List<Long> found = new ArrayList<>();
        for (Motion m : motions.values()) {
            if (!m.reconsiders() && m.amends() != null && (m.amends() == motionId
                    || found.contains(m.amends()))) {
                found.add(m.id());
            }
        }
        Collections.reverse(found);
        return found;
    }

    private Motion pending(long motionId) {
        Motion motion = motion(motionId);
        if (motion.status() != MotionStatus.PENDING) {
            throw new RuleViolation("Motion " + motionId + " is no longer before the meeting ("
                    + motion.status().name().toLowerCase() + ").");
        }
        return motion;
    }

    private void requireEligible(long member, long item, String what) {
        if (!present.containsKey(member)) {
            throw new RuleViolation("Member " + member + " is not recorded as present, so cannot " + what + ".");
        }
        if (declarations.getOrDefault(item, Map.of()).containsKey(member)) {
            throw new RuleViolation("Member " + member + " declared an interest in this item and cannot " + what
                    + " on it.");
        }
    }

    private void requireOnRoster(long member) {
        if (!roster.contains(member)) {
            throw new RuleViolation("Member " + member + " does not sit on this body.");
        }
    }

    private void requireQuorum() {
        if (!hasQuorum()) {
            throw new RuleViolation("There is no quorum: " + countedForQuorum(currentItem) + " counted, "
                    + rules.quorum() + " needed.");
        }
    }

    private void requireInSession() {
        if (status != Status.IN_SESSION) {
            throw new RuleViolation(switch (status) {
                case SCHEDULED -> "The meeting has not been called to order.";
                case IN_RECESS -> "The meeting is in recess.";
                default -> "The meeting is adjourned.";
            });
        }
    }

    private void requireNotAdjourned() {
        if (status == Status.ADJOURNED) {
            throw new RuleViolation("The meeting is adjourned.");
        }
    }

    private void requireNoOpenVote(String what) {
        if (openVote != null) {
            throw new RuleViolation("Close the open vote before " + what + ".");
        }
    }
}
